using System.Text;
using Syndicator.Connectors.Outbox;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Radio;

/// <summary>
/// Writes the read-aloud script as UTF-8 <c>&lt;deliveryKey&gt;.txt</c> and, when espeak-ng is installed, a
/// Vietnamese <c>&lt;deliveryKey&gt;.wav</c>. A missing or failing synthesiser is not a failure: the script
/// alone is published. The URL points at the audio when there is one, else at the script.
/// </summary>
public sealed class RadioConnector(TimeProvider timeProvider, RadioOptions? options = null) : IChannelConnector
{
    private readonly EspeakRenderer renderer = new(timeProvider, options ?? new RadioOptions());

    public string Kind => "radio";

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var settings = request.Account.Settings;
        if (!settings.TryGetValue(RadioSettings.Directory, out var directory) || string.IsNullOrWhiteSpace(directory))
        {
            return new PublishOutcome.Failed(FailureKind.Rejected, "The radio channel has no 'directory' setting.");
        }

        if (!DeliveryFileName.IsSafe(request.DeliveryKey))
        {
            return new PublishOutcome.Failed(FailureKind.Rejected, "The delivery key is not a safe file name.");
        }

        var basePath = Path.Combine(Path.GetFullPath(directory), request.DeliveryKey);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(basePath)!);
            await AtomicFile.TryCreateAsync(basePath + ".txt", Encoding.UTF8.GetBytes(request.Content.Text), cancellationToken);
            var audio = await EnsureAudioAsync(settings, basePath, cancellationToken);
            return new PublishOutcome.Published("radio:" + request.DeliveryKey, new Uri(audio ?? basePath + ".txt").AbsoluteUri);
        }
        catch (UnauthorizedAccessException)
        {
            return new PublishOutcome.Failed(FailureKind.Rejected, $"The radio directory '{directory}' is not writable.");
        }
        catch (IOException exception)
        {
            return new PublishOutcome.Failed(FailureKind.Transient, $"Writing the radio script failed: {exception.Message}");
        }
    }

    public Task<PublishOutcome.Published?> ReconcileAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var directory = request.Account.Settings.GetValueOrDefault(RadioSettings.Directory);
        if (string.IsNullOrWhiteSpace(directory) || !DeliveryFileName.IsSafe(request.DeliveryKey))
        {
            return Task.FromResult<PublishOutcome.Published?>(null);
        }

        var basePath = Path.Combine(Path.GetFullPath(directory), request.DeliveryKey);
        var found = File.Exists(basePath + ".wav") ? basePath + ".wav" : File.Exists(basePath + ".txt") ? basePath + ".txt" : null;
        return Task.FromResult(found is null ? null : new PublishOutcome.Published("radio:" + request.DeliveryKey, new Uri(found).AbsoluteUri));
    }

    /// <summary>Returns the .wav path when it exists or was rendered now, else null.</summary>
    private async Task<string?> EnsureAudioAsync(IReadOnlyDictionary<string, string> settings, string basePath, CancellationToken cancellationToken)
    {
        var wav = basePath + ".wav";
        if (File.Exists(wav))
        {
            return wav;
        }

        var executable = settings.GetValueOrDefault(RadioSettings.EspeakPath) ?? "espeak-ng";
        if (string.Equals(settings.GetValueOrDefault(RadioSettings.Audio), "false", StringComparison.OrdinalIgnoreCase)
            || !await renderer.IsAvailableAsync(executable, cancellationToken))
        {
            return null;
        }

        var temp = $"{wav}.{Guid.NewGuid():N}.tmp";
        try
        {
            var voice = settings.GetValueOrDefault(RadioSettings.Voice) ?? "vi";
            var rendered = await renderer.RenderAsync(executable, voice, basePath + ".txt", temp, cancellationToken) && File.Exists(temp);
            return rendered && (AtomicFile.TryMoveIntoPlace(temp, wav) || File.Exists(wav)) ? wav : null;
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
