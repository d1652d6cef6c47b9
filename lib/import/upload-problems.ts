/** Why an upload went back to the import page: a fixed list, so the address never carries free text. */
export const UPLOAD_PROBLEMS = {
  'no-file': 'Choose a CSV file to upload.',
  'too-large': 'The file is larger than 2 MB. Split it into smaller files and import each.',
  'not-utf8': 'The file is not UTF-8 text. In your spreadsheet choose “Save as”, then “CSV UTF-8”, and upload that file.',
  'cross-site': 'This upload came from another site and was refused.',
} as const;

export type UploadProblem = keyof typeof UPLOAD_PROBLEMS;

export function uploadProblemMessage(value: unknown): string | null {
  return typeof value === 'string' && Object.hasOwn(UPLOAD_PROBLEMS, value) ? UPLOAD_PROBLEMS[value as UploadProblem] : null;
}
