namespace Zhiku.Outputs;

/// <summary>What the rows of a conversion analysis stand for.</summary>
public enum ConversionGrouping
{
    /// <summary>One row per organisation the output names (机构); an output of two organisations counts for both.</summary>
    Organisation,

    /// <summary>One row per author; an output of two authors counts for both.</summary>
    Person,

    /// <summary>One row per project.</summary>
    Project,

    /// <summary>One row per year of the output.</summary>
    Year,

    /// <summary>One row per output type.</summary>
    Type,

    /// <summary>One row per channel of submission.</summary>
    Channel,
}
