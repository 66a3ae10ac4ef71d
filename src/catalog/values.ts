/**
 * The closed value sets that the catalog, the tier grammar and the request reader share (R5, R12, R24, R31): each
 * list is written once, here, in its canonical spelling and in the order tier keys and messages use.
 * @module
 */
import type { AspectRatio, MotionLevel, Resolution, Scene } from '../shared/types.js';

/** The scenes (R12), in the order tier keys use. */
export const SCENE_VALUES: readonly Scene[] = ['standard', 'motion_control', 'avatar_i2v', 'lip_sync'];
/** The resolutions (R20). */
export const RESOLUTION_VALUES: readonly Resolution[] = ['720P', '1080P'];
/** The aspect ratios (R24). */
export const ASPECT_RATIO_VALUES: readonly AspectRatio[] = ['16:9', '9:16', '1:1'];
/** The motion levels (R31). */
export const MOTION_LEVEL_VALUES: readonly MotionLevel[] = ['std', 'pro'];
