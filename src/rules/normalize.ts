/**
 * The pipeline: raw JSON -> read -> resolve (precedence) -> check (cross-field rules) -> tier -> TaskSpec.
 * @module
 */
import { checkAudio, resolveAudio } from './audio.js';
import { INVALID, type Pin } from './chain.js';
import { billableSeconds, checkDuration, resolveSeconds } from './duration.js';
import { checkMultiShot, readExtInfo } from './ext-info.js';
import { FIELD, sectionOf } from '../read/fields.js';
import { isObject } from '../shared/guard.js';
import { checkSceneInputs, readMedia } from './media.js';
import { resolveModel, resolveScene } from './model.js';
import { resolveMotionLevel } from './motion.js';
import { type Finding, messageOf, Report, Section } from '../report/report.js';
import { valueParams, UNREADABLE } from '../shared/params.js';
import { readOwn } from '../shared/guard.js';
import { readOutput } from './output.js';
import { checkPromptRequired, resolvePrompt } from './prompt.js';
import { readRequest } from '../read/read.js';
import { readSizeField, resolveAspectRatio, resolveResolution } from './resolution.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { IssueCode } from '../messages/codes.js';
import type { Media } from './media.js';
import type {
  MotionLevel,
  Notice,
  NoticeParams,
  NormalizeOptions,
  NormalizeResult,
  Resolution,
  TaskSpec,
} from '../shared/types.js';
import { uploadsOf } from '../read/upload.js';

/** A refusal with the report's notices; never an empty list of issues (R6): a refusal names at least one. */
export function refused(report: Report, messages?: unknown): NormalizeResult {
  const issues = report.issues();
  const [first, ...rest] = issues;
  const params = { reason: 'unresolved' };
  const head: Notice = first ?? {
    code: 'invalid_value',
    path: '',
    message: messageOf('invalid_value', params, '', messages),
    params,
  };
  return { ok: false, issues: [head, ...rest], warnings: report.warnings() };
}

/** `options.messages`, read defensively (R69, R7). */
function messagesOf(options: unknown): unknown {
  return readOwn(options, 'messages');
}

/**
 * R7: the refusal of a request that could not be read: a getter or a Proxy threw while the rules read it. It is
 * `invalid_type` at the root, since no path can be trusted to name the value that threw.
 */
export function unreadable(options: unknown): NormalizeResult {
  return refusedWith('invalid_type', '', { expected: 'request', ...UNREADABLE }, options);
}

/**
 * {@link normalizeRequest} with issues already found while rebuilding the raw request (a form's duplicate names or
 * JSON text parts); they are ordered with the others (R6, R58).
 */
export function normalizeParsed(
  raw: unknown,
  options: NormalizeOptions | undefined,
  early: readonly Finding[] | undefined,
  catalogIndex: CatalogIndex,
): NormalizeResult {
  // R7: JSON values never throw here; a JavaScript caller's getters and Proxies may, and are refused, not thrown.
  try {
    return normalizeReadable(raw, options, early, catalogIndex);
  } catch {
    return unreadable(options);
  }
}

function normalizeReadable(
  raw: unknown,
  options: NormalizeOptions | undefined,
  early: readonly Finding[] | undefined,
  catalogIndex: CatalogIndex,
): NormalizeResult {
  const messages = messagesOf(options);
  const report = new Report(messages);
  if (early !== undefined)
    for (const { code, path, params } of early) report.issue(sectionOf(path), code, path, params);
  if (!isObject(raw)) {
    report.issue(Section.General, 'invalid_type', '', { expected: 'request', ...valueParams(raw) });
    return refused(report, messages);
  }
  const allowPrivate = readOwn(options, 'allowPrivateUrls') === true;
  const uploads = uploadsOf(options);

  // Read and resolve each value with its source.
  const fields = readRequest(raw, report);
  const choice = resolveModel(fields, catalogIndex, report);
  const model = choice?.row;
  // R72: a tier used as a model id fixes its dimensions as if the request had said them.
  const fixed = choice?.tier;
  const parts = fixed?.parts as
    | { resolution?: Resolution; audio?: boolean; motionLevel?: MotionLevel; reference?: boolean }
    | undefined;
  const scene = resolveScene(fields, choice, catalogIndex, report);
  const media = readMedia(fields, allowPrivate, uploads, report);
  const generation = media.hasMedia ? 'image_to_video' : 'text_to_video'; // R42
  const seconds = resolveSeconds(fields, catalogIndex, report);
  const size = readSizeField(fields, report);
  const resolution = resolveResolution(
    fields,
    size,
    model,
    catalogIndex,
    report,
    pin(fixed, 'resolution', parts?.resolution),
  );
  // R24, R37: a standard text-to-video task defaults to 16:9 and needs a prompt.
  const standardTextToVideo = scene?.value === 'standard' && generation === 'text_to_video';
  const aspectRatio = resolveAspectRatio(fields, size, standardTextToVideo, catalogIndex, report);
  const audio = resolveAudio(fields, report, pin(fixed, 'audio', parts?.audio));
  const motionLevel = resolveMotionLevel(
    fields,
    scene?.value,
    catalogIndex,
    report,
    pin(fixed, 'motion level', parts?.motionLevel),
  );
  const ext = readExtInfo(fields, report);
  const prompt = resolvePrompt(fields, media.texts, report);
  const output = readOutput(fields, report);
  if (fixed !== undefined && parts?.reference !== undefined)
    checkTierReference(fixed.name, parts.reference, media, report);

  // Cross-field checks against the catalog; each is skipped when a value it needs was refused (R6).
  if (scene !== undefined) checkSceneInputs(scene.value, media, catalogIndex, report);
  if (scene !== undefined && seconds !== undefined)
    checkDuration(seconds, scene.value, model, media.referenceVideo, catalogIndex, report);
  if (audio !== undefined) checkAudio(audio, model, scene?.value, media.referenceVideo, catalogIndex, report);
  checkMultiShot(ext, model, media.referenceVideo, seconds?.value, catalogIndex, report);
  const promptGiven = fields[FIELD.prompt.slot] !== undefined || media.texts.length > 0;
  checkPromptRequired(standardTextToVideo && !ext.customAsked && !promptGiven, report);

  if (
    report.issueCount > 0 ||
    model === undefined ||
    scene === undefined ||
    seconds === undefined ||
    resolution === undefined ||
    audio === undefined ||
    aspectRatio === INVALID ||
    (catalogIndex.tiers.sceneHas(scene.value, 'motionLevel') && motionLevel === undefined)
  ) {
    return refused(report, messages);
  }

  // R45, R48: the tier is looked up from the resolved dimensions.
  const dimensions = {
    resolution: resolution.value,
    audio: audio.value,
    reference: media.reference,
    motionLevel: motionLevel?.value,
  };
  const tier = catalogIndex.tiers.tierOf(scene.value, model.family, dimensions);
  // A defensive refusal that no request reaches: tier.ts enumerates every tier of a family that has a model in the
  // scene, over every value the resolvers can give, and createRules refuses a catalog whose names collide (R71).
  // Stryker disable next-line BlockStatement: equivalent: unreachable (see above)
  if (tier === undefined) {
    // Stryker disable next-line all: equivalent: unreachable (see above)
    report.issue(Section.Model, 'unsupported_scene', 'model', {
      reason: 'no_tier',
      model: model.alias,
      scene: scene.value,
    });
    return refused(report, messages);
  }

  const spec: TaskSpec = {
    model: model.alias,
    family: model.family,
    scene: scene.value,
    generation,
    seconds: seconds.value,
    billableSeconds: billableSeconds(seconds.value, tier, catalogIndex),
    resolution: resolution.value,
    audio: audio.value,
    reference: media.reference,
    images: media.images,
    files: media.files,
    output,
    tier,
    sources: { scene: scene.source, seconds: seconds.source, resolution: resolution.source, audio: audio.source },
  };
  if (prompt !== undefined) {
    spec.prompt = prompt.value;
    spec.sources.prompt = prompt.source;
  }
  if (aspectRatio !== undefined) {
    spec.aspectRatio = aspectRatio.value;
    spec.sources.aspectRatio = aspectRatio.source;
  }
  if (motionLevel !== undefined) {
    spec.motionLevel = motionLevel.value;
    spec.sources.motionLevel = motionLevel.source;
  }
  if (media.firstFrame !== undefined) spec.firstFrame = media.firstFrame;
  if (media.lastFrame !== undefined) spec.lastFrame = media.lastFrame;
  if (media.video !== undefined) spec.video = media.video;
  if (ext.multiShot !== undefined) spec.multiShot = ext.multiShot;
  if (ext.text !== undefined) spec.extInfo = ext.text;
  return { ok: true, spec, warnings: report.warnings() };
}

/** R72: a dimension that the tier used as the model fixes, when there is such a tier and its template has it. */
function pin<T>(
  tier: { readonly name: string } | undefined,
  dimension: string,
  value: T | undefined,
): Pin<T> | undefined {
  return tier === undefined || value === undefined ? undefined : { model: tier.name, dimension, value };
}

/**
 * R72: the `ref`/`noref` dimension of a tier used as a model id. A `-noref` model with reference input is a conflict
 * at each field that gives it; a `-ref` model without any is a conflict at `model`.
 */
function checkTierReference(model: string, reference: boolean, media: Media, report: Report): void {
  if (!reference) {
    for (const path of media.referencePaths)
      report.issue(Section.Media, 'conflicting_fields', path, { reason: 'model_reference', model });
  } else if (!media.reference) {
    report.issue(Section.Model, 'conflicting_fields', 'model', { reason: 'model_no_reference', model });
  }
}

/** A refusal with one issue at the root's section, found before any rule ran (a body that cannot be read). */
export function refusedWith(code: IssueCode, path: string, params: NoticeParams, options?: unknown): NormalizeResult {
  const messages = messagesOf(options);
  const report = new Report(messages);
  report.issue(Section.General, code, path, params);
  return refused(report, messages);
}
