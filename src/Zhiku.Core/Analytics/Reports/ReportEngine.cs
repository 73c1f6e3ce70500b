namespace Zhiku.Analytics.Reports;

/// <summary>The analytics engine version printed in reports; bump it when an analysis' results change.</summary>
public static class ReportEngine
{
    public const string Version = "zhiku-analytics 1.0.0";
}
