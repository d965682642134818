using FacePay.Cli;

return await FacePayCli.InvokeAsync(args, CliOutput.FromProcess());
