namespace Syndicator.Worker.Sources;

public sealed record ImportSummary(int Created, int Updated, int Unchanged)
{
    public override string ToString() => $"{Created} created, {Updated} updated, {Unchanged} unchanged";
}
