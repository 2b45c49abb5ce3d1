using System.ComponentModel;
using System.Diagnostics;

namespace Syndicator.Connectors.Radio;

/// <summary>Runs espeak-ng (argument list, no shell) with a time-out; any failure means "no audio".</summary>
public sealed class EspeakRenderer(TimeProvider timeProvider, RadioOptions options)
{
    public async Task<bool> IsAvailableAsync(string executable, CancellationToken cancellationToken) =>
        await RunAsync(executable, ["--version"], options.ProbeTimeout, cancellationToken);

    /// <summary>Renders <paramref name="textFile"/> to <paramref name="wavFile"/>; false when espeak-ng failed.</summary>
    public Task<bool> RenderAsync(string executable, string voice, string textFile, string wavFile, CancellationToken cancellationToken) =>
        RunAsync(executable, ["-v", voice, "-w", wavFile, "-f", textFile], options.RenderTimeout, cancellationToken);

    private async Task<bool> RunAsync(string executable, string[] arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var timer = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return false;
        }

        using (process)
        {
            return await WaitAsync(process, linked.Token, cancellationToken);
        }
    }

    private static async Task<bool> WaitAsync(Process process, CancellationToken token, CancellationToken callerToken)
    {
        process.StandardInput.Close();
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(token), process.StandardError.ReadToEndAsync(token));
        try
        {
            await process.WaitForExitAsync(token);
            await drain;
            return process.ExitCode == 0;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            callerToken.ThrowIfCancellationRequested();
            return false;
        }
    }
}
