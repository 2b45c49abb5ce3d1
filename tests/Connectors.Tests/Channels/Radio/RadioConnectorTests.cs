using System.Text;
using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Radio;

namespace Syndicator.Connectors.Tests.Channels.Radio;

public sealed class RadioConnectorTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "radio-" + Guid.NewGuid().ToString("N"));
    private readonly RadioConnector connector = new(TimeProvider.System);

    private string Output => Path.Combine(root, "out");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Publish_without_espeak_writes_utf8_script_only()
    {
        var delivery = Delivery("rd-0001", Path.Combine(root, "missing", "espeak-ng"));

        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        var script = Path.Combine(Output, "rd-0001.txt");
        Assert.Equal(("radio:rd-0001", new Uri(script).AbsoluteUri), (published.ExternalId, published.Url));
        Assert.Equal(delivery.Content.Text, await File.ReadAllTextAsync(script, Encoding.UTF8));
        Assert.False(File.Exists(Path.Combine(Output, "rd-0001.wav")));
    }

    [Fact]
    public async Task Publish_with_espeak_renders_wav_with_vietnamese_voice()
    {
        var delivery = Delivery("rd-0002", FakeEspeak(renderExitCode: 0));

        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        var wav = Path.Combine(Output, "rd-0002.wav");
        Assert.Equal(new Uri(wav).AbsoluteUri, published.Url);
        Assert.Equal("RIFF", await File.ReadAllTextAsync(wav));
        Assert.StartsWith("-v vi -w ", await File.ReadAllTextAsync(Path.Combine(root, "args.log")));
        Assert.Equal(2, Directory.GetFiles(Output).Length);
    }

    [Fact]
    public async Task Publish_when_espeak_fails_still_publishes_script()
    {
        var delivery = Delivery("rd-0003", FakeEspeak(renderExitCode: 3));

        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        Assert.EndsWith("rd-0003.txt", published.Url);
        Assert.Single(Directory.GetFiles(Output));
    }

    [Fact]
    public async Task Reconcile_finds_earlier_script()
    {
        var delivery = Delivery("rd-0004", Path.Combine(root, "missing", "espeak-ng"));
        Assert.Null(await connector.ReconcileAsync(delivery.Request(), CancellationToken.None));

        await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal("radio:rd-0004", (await connector.ReconcileAsync(delivery.Request(), CancellationToken.None))?.ExternalId);
    }

    private TestDelivery Delivery(string key, string espeakPath)
    {
        Directory.CreateDirectory(root);
        var delivery = new TestDelivery(key, TestDelivery.SampleContent(key));
        delivery.Settings[RadioSettings.Directory] = Output;
        delivery.Settings[RadioSettings.EspeakPath] = espeakPath;
        return delivery;
    }

    /// <summary>A stand-in for espeak-ng: answers --version, logs its arguments and writes "RIFF" to the -w file.</summary>
    private string FakeEspeak(int renderExitCode)
    {
        Directory.CreateDirectory(root);
        var path = Path.Combine(root, "espeak-ng");
        File.WriteAllText(path, $$"""
            #!/bin/sh
            if [ "$1" = "--version" ]; then echo "eSpeak NG text-to-speech: 1.51"; exit 0; fi
            echo "$@" > "{{root}}/args.log"
            if [ {{renderExitCode}} -ne 0 ]; then exit {{renderExitCode}}; fi
            while [ $# -gt 0 ]; do if [ "$1" = "-w" ]; then shift; printf 'RIFF' > "$1"; fi; shift; done
            exit 0
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
