using Zhiku.Web.Localization;

namespace Zhiku.Web.Tests.Functional;

public sealed class LocalizationTests
{
    [Fact]
    public void Chinese_and_English_have_the_same_texts()
    {
        Assert.Equal(ZhTexts.All.Keys.Order(StringComparer.Ordinal), EnTexts.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_kind_facet_sort_and_access_level_has_a_name_in_both_languages()
    {
        var keys = Enum.GetValues<Zhiku.Model.WorkKind>().Select(k => "kind." + Zhiku.Search.WorkKinds.Name(k))
            .Concat(new[] { "kind", "year", "source", "keyword", "org", "lang", "clc" }.Select(f => "facet." + f))
            .Concat(Enum.GetValues<Zhiku.Search.SearchSort>().Select(s => "sort." + s.ToString().ToLowerInvariant()))
            .Concat(Enum.GetValues<Zhiku.Model.AccessLevel>().Select(a => "access." + a.ToString().ToLowerInvariant()))
            .Concat(Enum.GetValues<Zhiku.Accounts.UserRole>().Select(r => "role." + Zhiku.Accounts.UserRoles.Name(r)));

        foreach (var key in keys)
        {
            Assert.True(ZhTexts.All.ContainsKey(key), key);
            Assert.True(EnTexts.All.ContainsKey(key), key);
        }
    }
}
