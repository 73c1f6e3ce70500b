namespace Zhiku.Model;

/// <summary>A class of a classification scheme a work is filed under ("clc", "D633.3": 中图分类号).</summary>
public sealed record Classification(string Scheme, string Code)
{
    /// <summary>The Chinese Library Classification (中国图书馆分类法, 中图分类号) every CNKI record carries.</summary>
    public const string Clc = "clc";
}
