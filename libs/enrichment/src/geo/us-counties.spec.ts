import { countyName, loadUsCounties } from './us-counties';

describe('US counties', () => {
  it('names counties, parishes and Alaska divisions as readers do', () => {
    expect(countyName('Metcalfe', 'KY')).toBe('Metcalfe County');
    expect(countyName('Orleans', 'LA')).toBe('Orleans Parish');
    expect(countyName('Bethel Census Area', 'AK')).toBe('Bethel Census Area');
    expect(countyName('Bristol (city)', 'VA')).toBeNull();
  });

  it('places each county at the mean of its ZIP codes, inside its state', () => {
    const counties = loadUsCounties();
    expect(counties.length).toBeGreaterThan(3000);
    const lancaster = counties.find((c) => c.name === 'Lancaster County' && c.state === 'PA');
    expect(lancaster?.lat).toBeCloseTo(40.0, 0);
    expect(lancaster?.lon).toBeCloseTo(-76.3, 0);
  });
});
