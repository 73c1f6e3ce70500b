namespace Zhiku.Text.Scripts;

/// <summary>Paths of the bundled OpenCC data (Data/ of this folder), copied to Resources/opencc beside the application.</summary>
internal static class ScriptResources
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Resources", "opencc");

    public static string Characters => Path.Combine(Directory, "t2s-characters.txt");

    public static string Phrases => Path.Combine(Directory, "t2s-phrases.txt");
}
