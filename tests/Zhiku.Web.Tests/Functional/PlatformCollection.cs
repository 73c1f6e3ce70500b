using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

/// <summary>The functional tests share one seeded platform and run one after another (an upload changes the store).</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform";
}
