import { fieldId, type ConfigPath } from '../state/field-paths';
import { useFindingsAt } from '../state/findings-context';
import type { CustomHeader } from '../../core/model/schema';
import { TextField } from './field';
import { FindingList } from './finding-list';

interface HeaderListProps {
  path: ConfigPath;
  headers: readonly CustomHeader[];
  onChange: (mutate: (headers: CustomHeader[]) => void) => void;
}

/** Origin custom headers: name/value pairs CloudFront adds to every request to the origin. */
export function HeaderList({ path, headers, onChange }: HeaderListProps) {
  const findings = useFindingsAt(path);
  return (
    <fieldset className="field list-editor" id={fieldId(path)}>
      <legend className="field__label">Origin custom headers</legend>
      <p className="field__help">
        Added by CloudFront to every request to this origin, overwriting a viewer header of the same name. Not for secrets: use the verify header, whose value stays a NoEcho parameter.
      </p>
      <FindingList items={findings} />
      <ul className="list-editor__items">
        {headers.map((header, i) => (
          <li key={i} className="list-editor__item list-editor__item--pair">
            <TextField path={[...path, i, 'name']} label={`Header ${i + 1} name`} value={header.name} onChange={(v) => onChange((h) => void (h[i] && (h[i].name = v)))} />
            <TextField path={[...path, i, 'value']} label={`Header ${i + 1} value`} value={header.value} onChange={(v) => onChange((h) => void (h[i] && (h[i].value = v)))} />
            <button type="button" className="btn btn--ghost btn--small" aria-label={`Remove header ${i + 1} ${header.name}`} onClick={() => onChange((h) => void h.splice(i, 1))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn--small" onClick={() => onChange((h) => void h.push({ name: '', value: '' }))}>
        Add header
      </button>
    </fieldset>
  );
}
