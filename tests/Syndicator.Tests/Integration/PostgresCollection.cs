namespace Syndicator.Tests.Integration;

/// <summary>Integration tests that start hosts run one class at a time: the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "postgres";
}
