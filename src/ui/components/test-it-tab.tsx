/**
 * The "Test it" tab: the verification plan (curl per behavior, through CloudFront and direct, with the
 * expected answers) and the symptom decoder for when an answer differs.
 */
import { renderChecks } from '../../core/render/checks';
import { useEditableConfig } from '../state/use-wizard-config';
import { MarkdownDocument, useMarkdownDocument } from './console-tab';
import { SymptomDecoder } from './symptom-decoder';

export function TestItTab() {
  const { config } = useEditableConfig();
  const outcome = useMarkdownDocument(renderChecks, 'verification plan');
  return (
    <>
      <p className="field__help">After deploying, run these checks; each says what answer to expect and what a different one means.</p>
      <MarkdownDocument outcome={outcome} label="Verification plan" />
      <SymptomDecoder config={config} />
    </>
  );
}
