namespace Zhiku.Knowledge.Enriching;

/// <summary>
/// What a batch did: the works chosen, those enriched now, those skipped because the same model version had enriched
/// them before (a resumed batch), and the values proposed.
/// </summary>
public sealed record EnrichmentRun(string Field, string Model, string ModelVersion, int Works, int Enriched, int Skipped, int Proposed);
