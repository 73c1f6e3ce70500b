using System.CommandLine;
using Zhiku.Access;
using Zhiku.Outputs;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku analyze conversion --by organisation|person|project|year|type|channel [--query Q] [--organisation O]
/// [--person P] [--project R] [--from YEAR] [--to YEAR] [--channel C] [--type T] --json</c>: how the outputs went
/// through 报送 → 批示 → 采纳 → 落实, with the rates over submitted outputs.
/// </summary>
internal static class AnalyzeConversionCommand
{
    public static Command Create(CliContext context)
    {
        var by = new Option<string>("--by") { Description = "organisation|person|project|year|type|channel (default organisation)", DefaultValueFactory = _ => "organisation" };
        var query = new Option<string?>("--query") { Description = "Count only the outputs this works query finds (default: all)" };
        var organisation = new Option<string?>("--organisation") { Description = "Only the outputs naming this organisation (机构)" };
        var person = new Option<string?>("--person") { Description = "Only the outputs of this author" };
        var project = new Option<string?>("--project") { Description = "Only the outputs of this project (code or title)" };
        var from = new Option<int?>("--from") { Description = "The first year counted" };
        var to = new Option<int?>("--to") { Description = "The last year counted" };
        var channel = new Option<string?>("--channel") { Description = "Only the outputs submitted through this channel (内参, 要报, 专报, 会议, 其他)" };
        var type = new Option<string?>("--type") { Description = "Only the outputs of this type (研究报告, 要报, 专报, 政策建议, 评估报告, 其他)" };
        var command = new Command("conversion", "Conversion of outputs into policy: 报送 → 批示 → 采纳 → 落实, rates over submitted outputs")
        {
            by, query, organisation, person, project, from, to, channel, type,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var grouping = ConversionDocument.Grouping(parse.GetValue(by));
            using var kb = context.Open(parse);
            var selection = new ConversionSelection
            {
                Query = parse.GetValue(query),
                Organisation = parse.GetValue(organisation),
                Person = parse.GetValue(person),
                Project = parse.GetValue(project),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Channel = parse.GetValue(channel),
                Type = parse.GetValue(type),
            };
            AnalyzeRun.Write(context, parse, ConversionDocument.Of(kb.Read(Caller.Owner).Conversion(selection, grouping)));
            return 0;
        }));
        return command;
    }
}
