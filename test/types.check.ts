// Type tests (R66), checked by `npm run typecheck` (tsc), not run: the library's VideoObject is assignable to the
// OpenAI SDK's Video in every key but `size`, which the SDK types as a closed union of the Sora sizes.
import type { Video } from 'openai/resources/videos';
import type { NormalizeResult, VideoObject } from '../src/index.js';
import { normalizeForm, toErrorResponse } from '../src/index.js';

declare const video: VideoObject;

export const exceptSize: Omit<Video, 'size'> = video;
// @ts-expect-error `size` is the one key the SDK closes to the Sora sizes ('720x1280' | ...), so a plain string fails
export const whole: Video = video;
export const sizeAsSdk: Video = { ...video, size: video.size as Video['size'] };

// FormData, URLSearchParams and entry lists are all forms; an error body's error has what the SDK reads.
export const forms: NormalizeResult[] = [normalizeForm(new FormData()), normalizeForm(new URLSearchParams()), normalizeForm([['model', new Blob([])]])];
export const read: { code: string; param: string | null; message: string } = toErrorResponse([]).body.error;
