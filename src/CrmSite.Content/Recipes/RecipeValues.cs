using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrmSite.Content.Recipes;

/// <summary>Replaces <c>[js: ...]</c> and <c>[file: text('...')]</c> string values in a step with what they evaluate to.</summary>
internal static partial class RecipeValues
{
    public static JsonNode? Evaluate(JsonNode? node, string place, RecipeScript script, string? baseDirectory)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    var evaluated = Evaluate(value, $"{place}.{name}", script, baseDirectory);
                    if (!ReferenceEquals(evaluated, value))
                    {
                        obj[name] = evaluated;
                    }
                }
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var value = array[i];
                    var evaluated = Evaluate(value, $"{place}[{i}]", script, baseDirectory);
                    if (!ReferenceEquals(evaluated, value))
                    {
                        array[i] = evaluated;
                    }
                }
                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith('[') && text.EndsWith(']'):
                if (ScriptPattern().Match(text) is { Success: true } js)
                {
                    return script.Evaluate(js.Groups[1].Value, place);
                }
                if (FilePattern().Match(text) is { Success: true } file)
                {
                    return ReadFile(file.Groups[1].Value, place, baseDirectory);
                }
                return node;
            default:
                return node;
        }
    }

    private static JsonValue ReadFile(string relativePath, string place, string? baseDirectory)
    {
        if (baseDirectory is null)
        {
            throw new RecipeException($"{place}: [file: ...] needs a recipe read from a file.");
        }
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory));
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new RecipeException($"{place}: the file '{relativePath}' is outside the recipe's folder.");
        }
        if (!File.Exists(path))
        {
            throw new RecipeException($"{place}: the file '{relativePath}' does not exist beside the recipe.");
        }
        for (FileSystemInfo? entry = new FileInfo(path); entry is not null && entry.FullName.Length > root.Length;
             entry = entry is FileInfo file ? file.Directory : ((DirectoryInfo)entry).Parent)
        {
            if (entry.LinkTarget is not null)
            {
                throw new RecipeException($"{place}: the file '{relativePath}' is reached through a link, which could lead outside the recipe's folder.");
            }
        }
        return JsonValue.Create(File.ReadAllText(path));
    }

    [GeneratedRegex(@"^\[js:\s*(.*)\]$", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex(@"^\[file:\s*text\(\s*['""](.+?)['""]\s*\)\s*\]$", RegexOptions.Singleline)]
    private static partial Regex FilePattern();
}
