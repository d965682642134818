namespace FacePay.Sandbox.Faults;

/// <summary>A registered fault rule and how often it has fired.</summary>
/// <param name="Id">The id to remove it with.</param>
/// <param name="Rule">The rule.</param>
/// <param name="Fired">How many times it fired so far.</param>
public sealed record ActiveFault(string Id, FaultRule Rule, int Fired);
