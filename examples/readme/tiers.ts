// The README's "Tiers, sizes, statuses" snippet, compiled by `npm run typecheck` (test/readme.test.ts checks that
// every ts block of the README is the part of a file of examples/ after its marker).
// README:start
import { listTiers, parseTier, formatTier, sizeOf, normalizeStatus } from 'kling-video-rules';

listTiers(); // the 33 tier names, sorted
parseTier('kling-2.5-motion-std-720p'); // { scene: 'motion_control', family: 'kling-2.5', motionLevel: 'std', resolution: '720P' }
formatTier({ scene: 'lip_sync' }); // 'kling-identify-face'
sizeOf({ resolution: '720P', aspectRatio: '9:16' }); // '720x1280'
normalizeStatus('SUCCEEDED'); // 'completed'
