namespace Syndicator.Worker.Reports;

/// <summary>Writes a command's bytes to a file, or unchanged (BOM included) to stdout.</summary>
public static class ReportOutput
{
    public static async Task WriteAsync(byte[] bytes, string? path, CancellationToken cancellationToken)
    {
        if (path is not null)
        {
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
            return;
        }
        await using var stdout = Console.OpenStandardOutput();
        await stdout.WriteAsync(bytes, cancellationToken);
        await stdout.FlushAsync(cancellationToken);
    }
}
