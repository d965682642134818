using FacePay.Testing;

namespace FacePay.EndToEnd.Tests;

/// <summary>One throwaway PostgreSQL for every end-to-end test in this assembly.</summary>
[CollectionDefinition(PostgresFixture.CollectionName)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
