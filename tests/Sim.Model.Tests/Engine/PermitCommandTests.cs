using Sim.Model.Engine;
using Sim.Model.Population;

namespace Sim.Model.Tests.Engine;

public sealed class PermitCommandTests
{
    [Fact]
    public void Applications_follow_the_levers_in_force_and_change_the_status()
    {
        var driver = new SequentialDriver(Shared.Context(0.01, 8));
        for (var m = 0; m < 3; m++)
        {
            driver.Step(); // now between 2023-03 and 2023-04: the in-demand permit is in force
        }

        var region = driver.Regions[driver.Context.RegionIndex("ALA")];
        var people = region.People;
        long citizen = -1, inDemand = -1, other = -1;
        for (var i = 0; i < people.Count; i++)
        {
            var status = (LegalStatus)people.Status[i];
            var profession = (Profession)people.Profession[i];
            if (status == LegalStatus.Citizen && citizen < 0)
            {
                citizen = people.Id[i];
            }
            else if (status == LegalStatus.VisaFree && profession == Profession.It && inDemand < 0)
            {
                inDemand = people.Id[i];
            }
            else if (status == LegalStatus.VisaFree && profession == Profession.Agriculture && people.Activity[i] != (byte)Activity.Employed && other < 0)
            {
                other = people.Id[i];
            }
        }

        Assert.True(inDemand > 0 && other > 0 && citizen > 0);
        Assert.False(region.ApplyForPermit(citizen, PermitKind.WorkPermit).Granted);
        Assert.False(region.ApplyForPermit(-1, PermitKind.WorkPermit).Granted);
        var refused = region.ApplyForPermit(other, PermitKind.InDemandResidence);
        Assert.False(refused.Granted);
        Assert.Contains("agriculture", refused.Reason, StringComparison.Ordinal);
        Assert.False(region.ApplyForPermit(other, PermitKind.WorkPermit).Granted); // no job
        Assert.False(region.ApplyForPermit(inDemand, PermitKind.ScientificVisa).Granted); // not offered in the baseline

        // The in-demand quota (1,500 a year nationally) accrues ~0.1 permit a month in Almaty at scale 0.01.
        region.InDemandAllowance = 0.5;
        var full = region.ApplyForPermit(inDemand, PermitKind.InDemandResidence);
        Assert.False(full.Granted);
        Assert.Contains("quota is used up", full.Reason, StringComparison.Ordinal);
        region.InDemandAllowance = 1.5;
        var granted = region.ApplyForPermit(inDemand, PermitKind.InDemandResidence);
        Assert.True(granted.Granted);
        Assert.Equal(0.5, region.InDemandAllowance, 9);
        Assert.True(region.TryGetPerson(inDemand, out var profile));
        Assert.Equal(LegalStatus.TemporaryResidence, profile.Status);
        Assert.Equal(new YearMonth(2023, 4).AddMonths(120), profile.StatusExpiry);
        Assert.Equal(PersonEventKind.StatusChange, region.History(inDemand)[^1].Kind);
        driver.Step(); // the run continues with the changed person
    }
}
