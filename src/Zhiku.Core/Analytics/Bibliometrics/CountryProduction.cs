namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// Documents of a corresponding author's country, split as bibliometrix splits them: single-country (SCP) and
/// multiple-country publications (MCP).
/// </summary>
public sealed record CountryProduction(string Country, int Documents, int SingleCountry, int MultipleCountry);
