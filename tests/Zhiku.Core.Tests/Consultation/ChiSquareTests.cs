using Zhiku.Consultation;

namespace Zhiku.Tests.Consultation;

/// <summary>The chi-square upper tail (the p-value of Kendall's W) against R 4.2.2's <c>pchisq(x, df, lower.tail = FALSE)</c>.</summary>
public sealed class ChiSquareTests
{
    [Theory]
    [InlineData(0.5, 1, 0.47950012218695348)]
    [InlineData(3.84145882069412, 1, 0.050000000000000183)]
    [InlineData(22.348739495798299, 9, 0.0078370436345521193)]
    [InlineData(10, 10, 0.44049328506521246)]
    [InlineData(150, 120, 0.03307348091130468)]
    [InlineData(0.001, 4, 0.99999987504165888)]
    [InlineData(60, 5, 1.2154569777183041e-11)]
    public void The_upper_tail_is_Rs_pchisq_to_ten_significant_digits(double x, int df, double r)
    {
        var p = ChiSquare.UpperTail(x, df);

        Assert.True(Math.Abs(p - r) <= 1e-10 * r, $"Q({x}; {df}) = {p}, R {r}");
    }

    [Fact]
    public void The_log_gamma_function_gives_factorials_and_the_half_integer_value()
    {
        Assert.Equal(Math.Log(120), ChiSquare.LogGamma(6), 12);
        Assert.Equal(0.5 * Math.Log(Math.PI), ChiSquare.LogGamma(0.5), 12);
    }
}
