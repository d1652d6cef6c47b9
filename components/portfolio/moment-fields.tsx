import { fieldId } from '@/components/portfolio/field-error';
import { SastDateTimePartsField } from '@/components/ui/sast-date-time-field';
import type { DateTimeParts } from '@/lib/forms/sast-date-time-parts';

type Props = {
  /** What happened then, in words for the legend: "the interaction", "the interview". */
  what: string;
  /** "YYYY-MM-DD" as typed. */
  date: string;
  /** "HH:mm" as typed, '' while both hour and minute are empty. */
  time: string;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  errors: Record<string, string>;
};

// The hour and minute are digits only, so "HH:mm" splits back into them without loss.
function partsOf(date: string, time: string): DateTimeParts {
  const [hour = '', minute = ''] = time.split(':');
  return { date, hour, minute };
}

/**
 * The date and 24-hour time (SAST) something happened, posted as "date" and "time" for the server,
 * which refuses a moment still to come and says what is wrong with either part.
 */
export function MomentFields({ what, date, time, onDate, onTime, errors }: Props) {
  return (
    <SastDateTimePartsField
      id={fieldId('date')}
      label={`When ${what} started`}
      parts={partsOf(date, time)}
      onPartsChange={(parts) => {
        onDate(parts.date);
        onTime(parts.hour === '' && parts.minute === '' ? '' : `${parts.hour}:${parts.minute}`);
      }}
      postAs={{ date: 'date', time: 'time' }}
      errors={{ date: errors.date, time: errors.time }}
    />
  );
}
