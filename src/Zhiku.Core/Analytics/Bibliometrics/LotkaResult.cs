namespace Zhiku.Analytics.Bibliometrics;

/// <summary>Lotka's table and fit: share = C/n^β; <see cref="KsStatistic"/> and <see cref="KsPValue"/> test β = 2.</summary>
public sealed record LotkaResult(IReadOnlyList<LotkaRow> Table, double Beta, double C, double RSquared, double KsStatistic, double KsPValue);
