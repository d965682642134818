namespace FacePay.Deploy.Tests.Docker;

/// <summary>One Dockerfile instruction, continuation lines joined.</summary>
/// <param name="Keyword">The instruction in upper case (FROM, COPY, RUN, ...).</param>
/// <param name="Arguments">Everything after the keyword.</param>
/// <param name="Line">The 1-based line it starts on.</param>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Line);
