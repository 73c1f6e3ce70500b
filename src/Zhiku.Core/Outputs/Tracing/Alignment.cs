namespace Zhiku.Outputs.Tracing;

/// <summary>Two aligned segments, as unit ranges [start, end) of each text, and how many of their units agree.</summary>
internal sealed record Alignment(int AStart, int AEnd, int BStart, int BEnd, int Matches)
{
    /// <summary>Agreeing units over the longer segment: 1 for a verbatim copy, lower for each edit.</summary>
    public double Similarity => Matches / (double)Math.Max(1, Math.Max(AEnd - AStart, BEnd - BStart));
}
