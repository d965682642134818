global using FacePay.Testing;
global using Xunit;
