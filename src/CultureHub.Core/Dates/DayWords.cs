namespace CultureHub.Core.Dates;

/// <summary>Weekday, month and relative-day words in German and English, with their common short forms.</summary>
internal static class DayWords
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["mo"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["montag"] = DayOfWeek.Monday, ["montags"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday, ["mondays"] = DayOfWeek.Monday,
        ["di"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["dienstag"] = DayOfWeek.Tuesday, ["dienstags"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday, ["tuesdays"] = DayOfWeek.Tuesday,
        ["mi"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["mittwoch"] = DayOfWeek.Wednesday, ["mittwochs"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday, ["wednesdays"] = DayOfWeek.Wednesday,
        ["do"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["donnerstag"] = DayOfWeek.Thursday, ["donnerstags"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday, ["thursdays"] = DayOfWeek.Thursday,
        ["fr"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["freitag"] = DayOfWeek.Friday, ["freitags"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday, ["fridays"] = DayOfWeek.Friday,
        ["sa"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["samstag"] = DayOfWeek.Saturday, ["samstags"] = DayOfWeek.Saturday, ["sonnabend"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday, ["saturdays"] = DayOfWeek.Saturday,
        ["so"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["sonntag"] = DayOfWeek.Sunday, ["sonntags"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday, ["sundays"] = DayOfWeek.Sunday,
    };

    /// <summary>Parts of the day at the hours people usually mean by them (evenings 18–22).</summary>
    private static readonly Dictionary<string, (int From, int To)> DayParts = new(StringComparer.Ordinal)
    {
        ["morgens"] = (9, 12), ["vormittags"] = (9, 12), ["vormittag"] = (9, 12), ["mornings"] = (9, 12), ["morning"] = (9, 12),
        ["nachmittags"] = (14, 18), ["nachmittag"] = (14, 18), ["afternoons"] = (14, 18), ["afternoon"] = (14, 18),
        ["abends"] = (18, 22), ["abend"] = (18, 22), ["evenings"] = (18, 22), ["evening"] = (18, 22),
        ["tagsüber"] = (9, 18), ["daytime"] = (9, 18),
        ["ganztags"] = (9, 22), ["ganztägig"] = (9, 22), ["ganztaegig"] = (9, 22),
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januar"] = 1, ["jan"] = 1, ["january"] = 1, ["jänner"] = 1,
        ["februar"] = 2, ["feb"] = 2, ["february"] = 2,
        ["märz"] = 3, ["maerz"] = 3, ["mär"] = 3, ["mar"] = 3, ["march"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mai"] = 5, ["may"] = 5,
        ["juni"] = 6, ["jun"] = 6, ["june"] = 6,
        ["juli"] = 7, ["jul"] = 7, ["july"] = 7,
        ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["okt"] = 10, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["dezember"] = 12, ["dez"] = 12, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, int> Relative = new(StringComparer.Ordinal)
    {
        ["heute"] = 0, ["today"] = 0, ["tonight"] = 0, ["heut"] = 0,
        ["morgen"] = 1, ["tomorrow"] = 1,
        ["übermorgen"] = 2, ["uebermorgen"] = 2,
    };

    /// <summary>Words that add nothing to a date ("am Freitag", "next Friday", "abends").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "am", "an", "um", "ab", "von", "vom", "den", "der", "die", "dem", "diesen", "diese", "dieser", "nächsten", "nächster", "nächste",
        "naechsten", "kommenden", "kommender", "abend", "abends", "nachmittag", "nachmittags", "vormittag", "vormittags", "früh", "uhr",
        "on", "at", "from", "the", "this", "next", "coming", "evening", "night", "afternoon", "morning", "of", "in", "o'clock", "oclock", "h",
    };

    public static DayOfWeek? Weekday(string word) => Weekdays.TryGetValue(word, out var day) ? day : null;

    /// <summary>A part of the day in minutes after midnight: "abends" is 18:00–22:00.</summary>
    public static (int From, int To)? DayPart(string word) => DayParts.TryGetValue(word, out var part) ? (part.From * 60, part.To * 60) : null;

    /// <summary>"freitagabends", "samstagvormittag": a weekday and a part of the day in one word.</summary>
    public static (DayOfWeek Day, string Part)? WeekdayWithPart(string word)
    {
        foreach (var part in DayParts.Keys)
        {
            if (word.Length > part.Length && word.EndsWith(part, StringComparison.Ordinal) && Weekday(word[..^part.Length]) is { } day)
            {
                return (day, part);
            }
        }

        return null;
    }

    /// <summary>The part of the day the typed words name ("Sa nachmittags", "den ganzen Tag", "all day"), in minutes, or null.</summary>
    public static (int From, int To)? DayPartIn(IReadOnlyList<ClockToken> tokens)
    {
        var words = tokens.OfType<WordToken>().Select(t => t.Word).ToList();
        if (words.Zip(words.Skip(1)).Any(p => p is ("ganzen", "tag") or ("all", "day")))
        {
            return DayPart("ganztags");
        }

        return words.Select(w => DayPart(WeekdayWithPart(w)?.Part ?? w)).FirstOrDefault(p => p is not null);
    }

    public static int? Month(string word) => Months.TryGetValue(word, out var month) ? month : null;

    public static int? DaysFromToday(string word) => Relative.TryGetValue(word, out var days) ? days : null;

    public static bool IsFiller(string word) => Fillers.Contains(word);

    /// <summary>"noon"/"mittag" and "midnight"/"mitternacht" as minutes after midnight.</summary>
    public static int? NamedTime(string word) => word switch
    {
        "noon" or "mittag" or "mittags" => 12 * 60,
        "midnight" or "mitternacht" => 24 * 60,
        _ => null,
    };
}
