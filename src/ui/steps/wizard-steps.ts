/**
 * The four editing steps in one chunk, loaded on demand: the start screen (the first paint) needs
 * none of them. app.tsx starts loading this on the first interaction, or at once when there is
 * work (autosave, link) to open.
 */
export { DomainStep } from './domain-step';
export { OriginStep } from './origin-step';
export { PathsStep } from './paths-step';
export { SecurityStep } from './security-step';
