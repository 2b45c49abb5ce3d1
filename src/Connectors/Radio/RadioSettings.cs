namespace Syndicator.Connectors.Radio;

/// <summary>Settings keys of a radio-script channel (no secret).</summary>
public static class RadioSettings
{
    /// <summary>Required. Directory receiving <c>&lt;deliveryKey&gt;.txt</c> (and <c>.wav</c> when espeak-ng is present).</summary>
    public const string Directory = "directory";

    /// <summary>Optional, default <c>"vi"</c>: the espeak-ng voice.</summary>
    public const string Voice = "voice";

    /// <summary>Optional, default <c>"espeak-ng"</c> (looked up on PATH): the synthesiser executable.</summary>
    public const string EspeakPath = "espeakPath";

    /// <summary>Optional, default <c>"true"</c>. <c>"false"</c> writes the script only.</summary>
    public const string Audio = "audio";
}
