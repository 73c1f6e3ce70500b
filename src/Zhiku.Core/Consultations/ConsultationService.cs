using System.Globalization;
using System.Text.Json;
using Zhiku.Access;
using Zhiku.Consultation;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Consultations;
using Zhiku.Storage.Reading;

namespace Zhiku.Consultations;

/// <summary>
/// Expert consultations (Delphi rounds) as an organisation runs them. A consultation is visible only to its owner
/// organisation's staff who run consultations and to its panel; to everyone else it is not there (the same "not found"
/// as an id that does not exist). Panellists see their own answers, the panel's distribution and the comments without
/// names, never another expert's identity or answer.
/// </summary>
public sealed class ConsultationService(KnowledgeBase kb)
{
    /// <summary>The consultations the actor owns (as staff of the owner organisation) or is a panellist of (not drafts).</summary>
    public IReadOnlyList<ConsultationSummary> List(ConsultationActor actor)
    {
        using var db = kb.Store.OpenReader();
        var list = new List<ConsultationSummary>();
        foreach (var row in ConsultationRows.Of(db, actor.Manages ? actor.OrganisationId : null, actor.UserId))
        {
            var owner = Owns(actor, row);
            if (!owner && row.State == ConsultationTerms.Draft)
            {
                continue;
            }

            var last = ConsultationRows.Rounds(db, row.Id).LastOrDefault();
            list.Add(new ConsultationSummary(row.Id, row.Topic, row.State, owner ? "owner" : "expert", last?.N ?? 0, last?.State));
        }

        return list;
    }

    /// <summary>Creates a consultation of the actor's organisation, optionally linked to a project they may see.</summary>
    public ConsultationOverview Create(ConsultationActor actor, Caller caller, string topic, string? description, string? rule, string? project)
    {
        if (!actor.Manages)
        {
            throw new ConsultationException("not-allowed", "only administrators, managers and analysts run consultations");
        }

        if (string.IsNullOrWhiteSpace(topic))
        {
            throw new ConsultationException("topic-missing", "a consultation needs a topic");
        }

        var parsed = ParseRule(rule);
        long? projectId = null;
        if (!string.IsNullOrWhiteSpace(project))
        {
            using var db = kb.Store.OpenReader();
            projectId = EntityIds.Parse(EntityIds.Project, project.Trim());
            if (projectId is null || EntityRows.Project(db, projectId.Value) is not { } p || !Visible(caller, p))
            {
                throw new ConsultationException("project-not-found", $"there is no project {project}", project);
            }
        }

        var id = kb.Store.Write(session => new ConsultationWriter(session).Create(
            topic.Trim(), description?.Trim() ?? "", actor.OrganisationId, projectId, parsed.Name, ConsultationTerms.Draft, actor.Name));
        return Overview(actor, id);
    }

    /// <summary>The owner's view of a consultation.</summary>
    public ConsultationOverview Overview(ConsultationActor actor, long id)
    {
        using var db = kb.Store.OpenReader();
        var row = Owned(db, actor, id);
        var panel = ConsultationRows.Panel(db, id).OrderBy(p => p.Alias, AliasOrder.Instance).ToList();
        var items = ConsultationRows.Items(db, id).Select(Item).ToList();
        var rounds = ConsultationRows.Rounds(db, id);
        var answers = ConsultationRows.Answers(db, id);
        var open = rounds.LastOrDefault(r => r.State == ConsultationTerms.Open);
        var toAnswer = items.Count(i => i.Kind != ConsultationTerms.Comment);
        var members = panel.Select(p => new PanelMember(
            EntityIds.Format(EntityIds.Person, p.PersonId), p.PersonName, p.UserName, p.Alias, p.Conflict,
            open is null ? 0 : answers.Count(a => a.Round == open.N && a.UserId == p.UserId && items.Any(i => i.N == a.Item && i.Kind != ConsultationTerms.Comment)))).ToList();
        var views = rounds.Select(r => new RoundView(
            r.N, r.State, r.Opens, r.Closes, r.ClosedAt, answers.Where(a => a.Round == r.N).Select(a => a.UserId).Distinct().Count(),
            r.Statistics is null ? null : StoreJson.Deserialize<RoundResult>(r.Statistics))).ToList();
        var project = row.ProjectId is { } pid ? EntityIds.Format(EntityIds.Project, pid) : null;
        return new ConsultationOverview(
            row.Id, row.Topic, row.Description, row.OwnerOrg, project, row.Rule, row.State, row.CreatedBy, row.CreatedAt,
            members, items, views, open is null ? [] : [.. members.Where(m => m.Answered < toAnswer)]);
    }

    /// <summary>
    /// The owner's distributions for the report: per round and item the counts of each Likert point or estimate and the
    /// comments without names. Only the panel's answers count, as in the statistics.
    /// </summary>
    public IReadOnlyList<ItemDistribution> Distributions(ConsultationActor actor, long id)
    {
        using var db = kb.Store.OpenReader();
        Owned(db, actor, id);
        var items = ConsultationRows.Items(db, id).Select(Item).ToDictionary(i => i.N);
        var panel = ConsultationRows.Panel(db, id).Select(p => p.UserId).ToHashSet();
        return [.. ConsultationRows.Answers(db, id)
            .Where(a => panel.Contains(a.UserId) && items.ContainsKey(a.Item))
            .GroupBy(a => (a.Round, a.Item))
            .OrderBy(g => g.Key.Round).ThenBy(g => g.Key.Item)
            .Select(g => new ItemDistribution(
                g.Key.Round,
                g.Key.Item,
                [.. g.Select(a => View(a, items[a.Item].Kind).Value).Where(v => v is not null).GroupBy(v => v!.Value).OrderBy(v => v.Key).Select(v => new ValueCount(v.Key, v.Count()))],
                [.. g.Where(a => !string.IsNullOrWhiteSpace(a.Comment)).Select(a => a.Comment!.Trim()).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>
    /// Adds a registry person to the panel, bound to the user account they answer with. A person who belongs to an
    /// organisation of the linked project, is its lead or a member, or wrote one of its works or outputs has a conflict of
    /// interest: refused, unless the owner accepts it (then it is kept with the panellist and shown).
    /// </summary>
    public ConsultationOverview AddPanellist(ConsultationActor actor, Caller caller, long id, string person, string userName, bool acceptConflict)
    {
        string? conflict;
        long personId, userId;
        using (var db = kb.Store.OpenReader())
        {
            var row = Owned(db, actor, id);
            if (row.State == ConsultationTerms.Ended)
            {
                throw State(row);
            }

            personId = EntityIds.Parse(EntityIds.Person, person?.Trim() ?? "") ?? -1;
            var entity = EntityRows.Person(db, personId, caller.Scope)
                ?? throw new ConsultationException("person-not-found", $"there is no person {person}", person ?? "");
            userId = ConsultationRows.User(db, userName ?? "")
                ?? throw new ConsultationException("user-not-found", $"there is no user '{userName}'", userName ?? "");
            var panel = ConsultationRows.Panel(db, id);
            if (panel.Any(p => p.PersonId == personId || p.UserId == userId))
            {
                throw new ConsultationException("already-on-panel", $"{entity.Name} or the user '{userName}' is already on the panel", entity.Name, userName ?? "");
            }

            var found = Conflict(db, row, personId, entity);
            if (found is { } c && !acceptConflict)
            {
                throw new ConsultationException("conflict-of-interest", $"{entity.Name} has a conflict of interest: {c.Text}", entity.Name, c.Kind, c.Project, c.Organisation);
            }

            conflict = found?.Text;
            var alias = "E" + (panel.Count + 1).ToString(CultureInfo.InvariantCulture);
            kb.Store.Write(session =>
            {
                new ConsultationWriter(session).AddPanellist(id, personId, userId, alias, conflict);
                return 0;
            });
        }

        return Overview(actor, id);
    }

    /// <summary>Adds an item; items are fixed once round 1 opens, so every round asks the same questions.</summary>
    public ConsultationOverview AddItem(ConsultationActor actor, long id, string kind, string text, ItemSettings settings)
    {
        using (var db = kb.Store.OpenReader())
        {
            var row = Owned(db, actor, id);
            if (row.State != ConsultationTerms.Draft)
            {
                throw State(row);
            }

            if (!ConsultationTerms.Kinds.Contains(kind))
            {
                throw new ConsultationException("bad-kind", $"there is no item kind '{kind}': {string.Join(", ", ConsultationTerms.Kinds)}", kind ?? "");
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ConsultationException("item-text-missing", "an item needs its statement or question");
            }

            settings = Settle(kind, settings);
            var n = ConsultationRows.Items(db, id).Count + 1;
            kb.Store.Write(session =>
            {
                new ConsultationWriter(session).AddItem(id, n, kind, text.Trim(), StoreJson.Serialize(settings));
                return 0;
            });
        }

        return Overview(actor, id);
    }

    /// <summary>Opens round 1, or publishes the closed round's feedback and opens the next.</summary>
    public ConsultationOverview OpenRound(ConsultationActor actor, long id, string? closes)
    {
        using (var db = kb.Store.OpenReader())
        {
            var row = Owned(db, actor, id);
            var rounds = ConsultationRows.Rounds(db, id);
            if (row.State == ConsultationTerms.Ended || rounds.Any(r => r.State == ConsultationTerms.Open))
            {
                throw State(row);
            }

            if (ConsultationRows.Panel(db, id).Count == 0 || ConsultationRows.Items(db, id).Count == 0)
            {
                throw new ConsultationException("nothing-to-ask", "add the panel and the items before the first round opens");
            }

            if (closes is not null && !DateTime.TryParse(closes, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
            {
                throw new ConsultationException("bad-date", $"'{closes}' is not a date (write 2026-12-31)", closes);
            }

            var next = rounds.Count + 1;
            kb.Store.Write(session =>
            {
                var writer = new ConsultationWriter(session);
                if (rounds.LastOrDefault() is { } last)
                {
                    writer.SetRound(id, last.N, ConsultationTerms.Published, null);
                }

                writer.OpenRound(id, next, closes);
                writer.SetState(id, ConsultationTerms.Open);
                return 0;
            });
        }

        return Overview(actor, id);
    }

    /// <summary>Closes the open round: its statistics are computed with the Delphi classes and kept with it.</summary>
    public ConsultationOverview CloseRound(ConsultationActor actor, long id)
    {
        using (var db = kb.Store.OpenReader())
        {
            var row = Owned(db, actor, id);
            var open = ConsultationRows.Rounds(db, id).LastOrDefault(r => r.State == ConsultationTerms.Open) ?? throw State(row);
            Close(db, row, open.N, ConsultationTerms.Closed);
        }

        return Overview(actor, id);
    }

    /// <summary>Ends the consultation (closing an open round first, with its statistics).</summary>
    public ConsultationOverview End(ConsultationActor actor, long id)
    {
        using (var db = kb.Store.OpenReader())
        {
            var row = Owned(db, actor, id);
            if (row.State == ConsultationTerms.Ended)
            {
                throw State(row);
            }

            if (ConsultationRows.Rounds(db, id).LastOrDefault(r => r.State == ConsultationTerms.Open) is { } open)
            {
                Close(db, row, open.N, ConsultationTerms.Ended);
            }
            else
            {
                kb.Store.Write(session =>
                {
                    new ConsultationWriter(session).SetState(id, ConsultationTerms.Ended);
                    return 0;
                });
            }
        }

        return Overview(actor, id);
    }

    /// <summary>The current round as a panellist sees it, with the previous round's feedback per item once it is published.</summary>
    public ExpertRound Round(ConsultationActor actor, long id)
    {
        using var db = kb.Store.OpenReader();
        var (row, _) = OnPanel(db, actor, id);
        var items = ConsultationRows.Items(db, id).Select(Item).ToList();
        var rounds = ConsultationRows.Rounds(db, id);
        var current = rounds.LastOrDefault();
        var answers = ConsultationRows.Answers(db, id);
        var previous = current is null ? null : rounds.LastOrDefault(r => r.N < current.N && r.State == ConsultationTerms.Published);
        var stats = previous?.Statistics is { } json ? StoreJson.Deserialize<RoundResult>(json) : null;
        var shown = items.Select(item =>
        {
            var mine = current is null ? null : answers.FirstOrDefault(a => a.Round == current.N && a.Item == item.N && a.UserId == actor.UserId);
            return new ExpertItem(item, mine is null ? null : View(mine, item.Kind), previous is null ? null : Feedback(item, previous.N, stats, answers, actor.UserId));
        }).ToList();
        return new ExpertRound(row.Id, row.Topic, row.Description, row.State, current?.N ?? 0, current?.State, current?.Closes, shown);
    }

    /// <summary>
    /// Saves a panellist's answers to the open round (an answer given before in the same round is replaced). An answer
    /// that does not fit its item is reported with the item and field and not saved; the others are saved.
    /// </summary>
    public SubmitResult Submit(ConsultationActor actor, long id, IReadOnlyList<AnswerInput> submitted)
    {
        using var db = kb.Store.OpenReader();
        var (row, _) = OnPanel(db, actor, id);
        var round = ConsultationRows.Rounds(db, id).LastOrDefault(r => r.State == ConsultationTerms.Open) ?? throw State(row);
        var items = ConsultationRows.Items(db, id).Select(Item).ToDictionary(i => i.N);
        var mine = ConsultationRows.Answers(db, id).Where(a => a.UserId == actor.UserId && a.Round == round.N - 1 && items.ContainsKey(a.Item))
            .ToDictionary(a => a.Item, a => View(a, items[a.Item].Kind));
        var problems = new List<SubmitProblem>();
        var good = new List<AnswerRow>();
        foreach (var answer in submitted)
        {
            if (!items.TryGetValue(answer.Item, out var item))
            {
                var n = answer.Item.ToString(CultureInfo.InvariantCulture);
                problems.Add(new SubmitProblem(answer.Item, "item", "item-not-found", $"there is no item {n}", [n]));
                continue;
            }

            if (AnswerCheck.Problem(item, answer, mine.GetValueOrDefault(item.N)) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            good.Add(Row(round.N, item, actor.UserId, answer));
        }

        if (good.Count > 0)
        {
            kb.Store.Write(session =>
            {
                var writer = new ConsultationWriter(session);
                if (writer.RoundState(id, round.N) != ConsultationTerms.Open)
                {
                    throw State(row with { State = ConsultationTerms.Closed });
                }

                foreach (var answer in good)
                {
                    writer.PutAnswer(id, answer);
                }

                return 0;
            });
        }

        return new SubmitResult(good.Count, problems);
    }

    private void Close(StoreReader db, ConsultationRow row, int round, string state)
    {
        var items = ConsultationRows.Items(db, row.Id).Select(Item).ToList();
        var aliases = ConsultationRows.Panel(db, row.Id).ToDictionary(p => p.UserId, p => p.Alias);
        var answers = ConsultationRows.Answers(db, row.Id)
            .Where(a => aliases.ContainsKey(a.UserId))
            .Select(a => new PanelAnswer(a.Round, a.Item, aliases[a.UserId], View(a, items))).ToList();
        var result = RoundResults.Compute(round, items, answers, ConsensusRule.Parse(row.Rule));
        kb.Store.Write(session =>
        {
            var writer = new ConsultationWriter(session);
            writer.SetRound(row.Id, round, ConsultationTerms.Closed, StoreJson.Serialize(result));
            writer.SetState(row.Id, state);
            return 0;
        });
    }

    private static ItemFeedback Feedback(ConsultationItem item, int round, RoundResult? stats, List<AnswerRow> answers, long userId)
    {
        var key = RoundResults.Key(item.N);
        var s = stats?.Items.FirstOrDefault(i => i.Item == key);
        var mine = answers.FirstOrDefault(a => a.Round == round && a.Item == item.N && a.UserId == userId);
        var comments = answers.Where(a => a.Round == round && a.Item == item.N && !string.IsNullOrWhiteSpace(a.Comment))
            .Select(a => a.Comment!.Trim()).Order(StringComparer.Ordinal).ToList();
        return new ItemFeedback(
            round, s?.N, s?.Median, s?.Q1, s?.Q3, s?.Consensus, mine is null ? null : View(mine, item.Kind), comments,
            stats?.Rankings.FirstOrDefault(r => r.Item == item.N)?.Ranking,
            stats?.Weights.FirstOrDefault(w => w.Item == item.N)?.Weights);
    }

    // The consultation when the actor runs consultations in its owner organisation; not found for everyone else.
    private static ConsultationRow Owned(StoreReader db, ConsultationActor actor, long id) =>
        ConsultationRows.Consultation(db, id) is { } row && Owns(actor, row) ? row : throw NotFound(id);

    // The consultation and the actor's panel seat when the actor is on its panel and it has left the draft; not found otherwise.
    private static (ConsultationRow Row, PanelRow Seat) OnPanel(StoreReader db, ConsultationActor actor, long id)
    {
        if (ConsultationRows.Consultation(db, id) is { } row && row.State != ConsultationTerms.Draft
            && ConsultationRows.Panel(db, id).FirstOrDefault(p => p.UserId == actor.UserId) is { } seat)
        {
            return (row, seat);
        }

        throw NotFound(id);
    }

    private static bool Owns(ConsultationActor actor, ConsultationRow row) => actor.Manages && actor.OrganisationId == row.OwnerOrg;

    private static bool Visible(Caller caller, EntityRow row) =>
        row.Owner is not { } owner || caller.MaySee(owner, Enum.TryParse<AccessLevel>(row.Access, true, out var level) ? level : AccessLevel.Restricted);

    // Conflicts of interest with the linked project: an organisation in common, a place on its team, a work or output
    // written for it. Kind says which (organisation, member, author); Text is what the owner's view keeps.
    private static (string Kind, string Project, string Organisation, string Text)? Conflict(StoreReader db, ConsultationRow row, long personId, EntityRow person)
    {
        if (row.ProjectId is not { } projectId || EntityRows.Project(db, projectId) is not { } project)
        {
            return null;
        }

        var record = StoreJson.Deserialize<PersonRecord>(person.Document);
        var plan = StoreJson.Deserialize<ProjectRecord>(project.Document);
        var organisations = plan.Organisations.Append(plan.Commissioner ?? "").Where(o => o.Length > 0).Select(o => Normalise.Name(o)).ToHashSet(StringComparer.Ordinal);
        if (record.Affiliations.FirstOrDefault(a => organisations.Contains(Normalise.Name(a))) is { } shared)
        {
            return ("organisation", project.Name, shared, $"belongs to {shared}, an organisation of project {project.Name}");
        }

        var team = plan.Members.Append(plan.Lead ?? "").Where(m => m.Length > 0).Select(m => Normalise.Name(m)).ToHashSet(StringComparer.Ordinal);
        if (team.Contains(Normalise.Name(record.Name)))
        {
            return ("member", project.Name, "", $"is on the team of project {project.Name}");
        }

        return ConsultationRows.ProjectAuthors(db, projectId).Contains(personId)
            ? ("author", project.Name, "", $"wrote a work or output of project {project.Name}")
            : null;
    }

    private static ConsensusRule ParseRule(string? rule)
    {
        try
        {
            return string.IsNullOrWhiteSpace(rule) ? ConsensusRule.Default : ConsensusRule.Parse(rule);
        }
        catch (ArgumentException)
        {
            throw new ConsultationException("bad-rule", $"consensus rule '{rule}': write iqr<=K, within2>=P or cv<=C", rule ?? "");
        }
    }

    // An item's settings as kept: a Likert scale of 3 to 11 points (5 by default); 2 to 9 options for rankings and pairwise items.
    private static ItemSettings Settle(string kind, ItemSettings settings)
    {
        var options = settings.Options.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        switch (kind)
        {
            case ConsultationTerms.Likert:
                var scale = settings.Scale ?? 5;
                if (scale is < 3 or > 11)
                {
                    throw new ConsultationException("bad-scale", $"a Likert scale has 3 to 11 points, not {scale}", scale.ToString(CultureInfo.InvariantCulture));
                }

                return new ItemSettings { Scale = scale };
            case ConsultationTerms.Numeric:
                if (settings.Min is { } min && settings.Max is { } max && min > max)
                {
                    throw new ConsultationException("bad-bounds", "the lowest estimate is above the highest");
                }

                return new ItemSettings { Unit = settings.Unit?.Trim(), Min = settings.Min, Max = settings.Max };
            case ConsultationTerms.Ranking or ConsultationTerms.Pairwise:
                if (options.Count is < 2 or > 9 || options.Distinct(StringComparer.Ordinal).Count() != options.Count)
                {
                    throw new ConsultationException("bad-options", "a ranking or pairwise item needs 2 to 9 different options");
                }

                return new ItemSettings { Options = options };
            default:
                return new ItemSettings();
        }
    }

    private static ConsultationItem Item(ItemRow row) => new(row.N, row.Kind, row.Text, StoreJson.Deserialize<ItemSettings>(row.Settings));

    private static AnswerRow Row(int round, ConsultationItem item, long userId, AnswerInput a)
    {
        string? value = item.Kind switch
        {
            ConsultationTerms.Likert or ConsultationTerms.Numeric => a.Value!.Value.ToString("R", CultureInfo.InvariantCulture),
            ConsultationTerms.Ranking => JsonSerializer.Serialize(a.Order),
            ConsultationTerms.Pairwise => JsonSerializer.Serialize(a.Judgements),
            _ => null,
        };
        var comment = string.IsNullOrWhiteSpace(a.Comment) ? null : a.Comment.Trim();
        var reason = string.IsNullOrWhiteSpace(a.Reason) ? null : a.Reason.Trim();
        return new AnswerRow(round, item.N, userId, value, item.Kind == ConsultationTerms.Numeric ? a.Confidence : null, reason, comment, ConsultationWriter.Now());
    }

    // An answer as stored, read back by its item's kind (a ranking's option numbers, a pairwise item's judgements).
    private static AnswerView View(AnswerRow a, string kind)
    {
        double? value = null;
        IReadOnlyList<int>? order = null;
        IReadOnlyList<double>? judgements = null;
        if (a.Value is { } v)
        {
            switch (kind)
            {
                case ConsultationTerms.Ranking:
                    order = JsonSerializer.Deserialize<int[]>(v);
                    break;
                case ConsultationTerms.Pairwise:
                    judgements = JsonSerializer.Deserialize<double[]>(v);
                    break;
                default:
                    value = double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture);
                    break;
            }
        }

        return new AnswerView(value, a.Confidence, order, judgements, a.Comment, a.Reason);
    }

    private static AnswerView View(AnswerRow a, IReadOnlyList<ConsultationItem> items) =>
        View(a, items.FirstOrDefault(i => i.N == a.Item)?.Kind ?? ConsultationTerms.Comment);

    private static ConsultationException NotFound(long id) =>
        new("not-found", $"there is no consultation {id.ToString(CultureInfo.InvariantCulture)}", id.ToString(CultureInfo.InvariantCulture));

    private static ConsultationException State(ConsultationRow row) =>
        new("bad-state", $"the consultation is {row.State}: that cannot be done now", row.State);
}
