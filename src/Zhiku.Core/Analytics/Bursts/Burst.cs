namespace Zhiku.Analytics.Bursts;

/// <summary>
/// A maximal run of slices <c>Start..End</c> (inclusive indices) in the burst state; <see cref="Weight"/> is the
/// cost the burst state saves over the base state on those slices, Σ_t [σ(0,t) − σ(1,t)] (Kleinberg 2003, §4.1).
/// </summary>
public sealed record Burst(int Start, int End, double Weight);
