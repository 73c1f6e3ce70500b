using Zhiku.Files;
using Zhiku.Formats;
using Zhiku.Formats.Registry;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Registry;

public sealed class RegistryMappingTests : IDisposable
{
    private const string StaffMapping = """
        name: staff
        entity: person
        id: { column: 工号, scheme: staff }
        null_values: ["-"]
        columns:
          name: 姓名
          title: 职务
          expertise: 方向
        separators:
          expertise: "/"
        constants:
          country: CN
        joins:
          - file: memberships.csv
            on: staff
            value: org
            target: affiliations
            lookup: { file: orgs.csv, key: id, value: name }
        """;

    private readonly TemplateFiles _files = new();

    [Fact]
    public void Reads_a_tab_separated_table_through_a_user_mapping_with_a_join()
    {
        File.WriteAllText(_files.Path("staff.tsv"), "工号\t姓名\t职务\t方向\nS01\t张伟\t主任\t能源/气候\nS02\t赵敏\t-\t-\nS03\t\t研究员\t\n");
        File.WriteAllText(_files.Path("memberships.csv"), "staff,org\nS01,O2\nS01,O1\nS02,O9\n");
        File.WriteAllText(_files.Path("orgs.csv"), "id,name\nO1,能源研究所\nO2,战略研究院\n");
        var mapping = RegistryMappings.Parse(StaffMapping);

        var items = RegistryMappings.Read(mapping, ImportSource.Open(_files.Path("staff.tsv")), CancellationToken.None).ToList();

        var people = items.OfType<ImportedPerson>().Select(p => p.Person).ToList();
        Assert.Equal(2, people.Count);
        Assert.Equal("S01", people[0].Ids["staff"]);
        Assert.Equal("主任", people[0].Title);
        Assert.Equal(["能源", "气候"], people[0].Expertise);
        Assert.Equal(["战略研究院", "能源研究所"], people[0].Affiliations); // in memberships.csv order
        Assert.Equal("CN", people[0].Country);
        Assert.Null(people[1].Title); // "-" means none
        Assert.Equal(["O9"], people[1].Affiliations); // an unknown key stays as written
        var error = Assert.Single(items.Errors());
        Assert.Equal(new RecordPosition(3, 4), error.Position);
        Assert.Contains("missing name (姓名)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_joined_table_is_an_import_error_naming_it()
    {
        File.WriteAllText(_files.Path("staff.tsv"), "工号\t姓名\nS01\t张伟\n");
        var mapping = RegistryMappings.Parse(StaffMapping);

        var error = Assert.Throws<ImportException>(() => RegistryMappings.Read(mapping, ImportSource.Open(_files.Path("staff.tsv")), CancellationToken.None).ToList());

        Assert.Contains("memberships.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_mapping_says_so()
    {
        var error = Assert.Throws<ImportException>(() => RegistryMappings.Parse("entity: person\ncolumns: [oops", "broken"));

        Assert.Contains("broken", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
