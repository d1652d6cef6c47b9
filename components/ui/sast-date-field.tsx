import { TextField } from '@/components/ui/text-field';
import { DATE_EXAMPLE, normaliseDate } from '@/lib/forms/sast-date-time-parts';

type Props = {
  name: string;
  label: string;
  /** Said before the format, such as what the date decides. */
  hint?: string;
  defaultValue?: string | undefined;
  error?: string | undefined;
};

/**
 * For client forms (it tidies on blur). A calendar date typed as YYYY-MM-DD and posted as it is, for the server's schema to check. Not
 * `type="date"`: its picker shows the browser's locale order (often month/day/year).
 */
export function SastDateField({ name, label, hint, defaultValue, error }: Props) {
  return (
    <TextField
      name={name}
      label={label}
      hint={`${hint ? `${hint} ` : ''}Write the date as YYYY-MM-DD, for example ${DATE_EXAMPLE}.`}
      type="text"
      autoComplete="off"
      spellCheck={false}
      maxLength={10}
      defaultValue={defaultValue}
      error={error}
      // "2026/3/4" becomes "2026-03-04" once left; text that is no date stays for the server to explain.
      onBlur={(event) => {
        const date = normaliseDate(event.currentTarget.value);
        if (date !== null) event.currentTarget.value = date;
      }}
    />
  );
}
