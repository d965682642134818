using FacePay.Face.Pipeline;

namespace FacePay.Face.Tests;

public sealed class SimilarityTransformTests
{
    private static readonly FacePoint[] Source = [new(30, 40), new(70, 42), new(50, 60), new(35, 80), new(66, 81)];

    [Theory]
    [InlineData(1.0, 0.0, 0.0, 0.0)]
    [InlineData(0.5, 30.0, 12.0, -7.0)]
    [InlineData(2.3, -75.0, -100.0, 45.0)]
    [InlineData(0.8, 180.0, 3.0, 3.0)]
    public void Exact_similarity_is_recovered(double scale, double degrees, double tx, double ty)
    {
        var theta = degrees * Math.PI / 180;
        var target = Source.Select(p => new FacePoint(
            (scale * ((Math.Cos(theta) * p.X) - (Math.Sin(theta) * p.Y))) + tx,
            (scale * ((Math.Sin(theta) * p.X) + (Math.Cos(theta) * p.Y))) + ty)).ToArray();

        var map = SimilarityTransform.Estimate(Source, target);

        Assert.Equal(scale * Math.Cos(theta), map.A, 9);
        Assert.Equal(-scale * Math.Sin(theta), map.B, 9);
        Assert.Equal(scale * Math.Sin(theta), map.D, 9);
        Assert.Equal(scale * Math.Cos(theta), map.E, 9);
        Assert.Equal(tx, map.C, 9);
        Assert.Equal(ty, map.F, 9);
    }

    [Fact]
    public void Noisy_points_give_the_least_squares_fit_not_an_exact_one()
    {
        // Moving one point must not let the fit pass through it exactly (a 3-point affine would); the
        // residual is spread, and any small perturbation of the fitted parameters only increases the error.
        var target = Source.Select(p => new FacePoint(p.X + 5, p.Y - 3)).ToArray();
        target[2] = new FacePoint(target[2].X + 4, target[2].Y + 4);

        var map = SimilarityTransform.Estimate(Source, target);
        var best = Error(map, target);

        Assert.True(best > 0);
        foreach (var delta in new[] { 1e-3, -1e-3 })
        {
            Assert.True(Error(map with { A = map.A + delta, E = map.E + delta }, target) > best);
            Assert.True(Error(map with { B = map.B - delta, D = map.D + delta }, target) > best);
            Assert.True(Error(map with { C = map.C + delta }, target) > best);
            Assert.True(Error(map with { F = map.F + delta }, target) > best);
        }
    }

    [Fact]
    public void Mirrored_points_are_not_fitted_with_a_reflection()
    {
        var mirrored = Source.Select(p => new FacePoint(-p.X, p.Y)).ToArray();

        var map = SimilarityTransform.Estimate(Source, mirrored);

        // A similarity has positive determinant; a reflection would have negative.
        Assert.True((map.A * map.E) - (map.B * map.D) >= 0);
    }

    private static double Error(Imaging.Affine2D map, FacePoint[] target)
    {
        double sum = 0;
        for (var i = 0; i < Source.Length; i++)
        {
            var (x, y) = map.Apply(Source[i].X, Source[i].Y);
            sum += Math.Pow(x - target[i].X, 2) + Math.Pow(y - target[i].Y, 2);
        }

        return sum;
    }
}
