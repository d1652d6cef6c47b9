import validateStatement from 'xapi-validation';

/**
 * Every problem Learning Locker's xAPI 1.0.3 validator (`xapi-validation`, which this project did not
 * write) finds with a statement, as "path: kind of problem"; empty when the statement is valid.
 */
export function statementProblems(statement: unknown): string[] {
  return validateStatement(statement).map((warning) => `${warning.path.join('.')}: ${warning.constructor.name}`);
}
