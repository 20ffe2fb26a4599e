// Figures added by later features (search, checkers). Each returns rows: [figure, measured, budget, ok].
export async function extraBenches() {
  return []
}
