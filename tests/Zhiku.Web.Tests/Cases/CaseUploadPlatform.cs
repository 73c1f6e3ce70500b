using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Cases;

[CollectionDefinition(Name)]
public sealed class CaseUploadCollection : ICollectionFixture<CaseUploadPlatform>
{
    public const string Name = "case-upload";
}

/// <summary>A platform of its own for uploaded cases templates, so that the cases they create change no other test's searches.</summary>
public sealed class CaseUploadPlatform : PlatformFactory;
