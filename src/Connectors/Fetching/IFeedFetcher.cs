namespace Syndicator.Connectors.Fetching;

public interface IFeedFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}
