namespace Zhiku.Analytics.Bibliometrics;

/// <summary>One row of Lotka's table: <see cref="Authors"/> authors wrote <see cref="Articles"/> articles each.</summary>
public sealed record LotkaRow(int Articles, int Authors, double Share);
