namespace Zhiku.Evaluation.Pipeline;

/// <summary>The engine version recorded in every run log; bump it when a step's results change.</summary>
public static class EngineInfo
{
    public const string Version = "zhiku-evaluation 1.0.0";
}
