using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Registry;

[CollectionDefinition(Name)]
public sealed class RegistryCollection : ICollectionFixture<RegistryPlatform>
{
    public const string Name = "registry";
}

/// <summary>A platform of its own for the registry edits, so that the records they create change no other test's counts.</summary>
public sealed class RegistryPlatform : PlatformFactory;
