namespace Zhiku.Evaluation.Weights;

/// <summary>
/// The AHP random consistency index tables in use; the same matrix gets a different CR in each, so the table is a
/// recorded choice. Values as transcribed in ../reference/mcda/ahp_random_index_tables.json (pyDecision, AHPy, R ahp,
/// pymcdm).
/// </summary>
public enum RandomIndexTable
{
    Saaty1980,
    Saaty2005,
    DoneganDodd1991,
    AlonsoLamata2006,
    TummalaLing1998,
}
