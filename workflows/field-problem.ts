/** A rule a command broke, by the input field it concerns; the reason is for people (Chinese). */
export interface FieldProblem {
  field: string;
  reason: string;
}
