"""Score the offline planner on real requests: the development set, the corpus, the fresh sets,
or all of them.

The development set is tests/realreq/dev.py (shared/prompts/real-dev.md), the corpus
tests/realreq/corpus.py (tests/realreq/corpus.md), the fresh sets tests/realreq/fresh.py
(tests/realreq/fresh.md), tests/realreq/fresh2.py (tests/realreq/fresh2.md),
tests/realreq/fresh3.py (tests/realreq/fresh3.md), tests/realreq/fresh4.py
(tests/realreq/fresh4.md), tests/realreq/fresh5.py (tests/realreq/fresh5.md),
tests/realreq/fresh6.py (tests/realreq/fresh6.md), tests/realreq/fresh7.py
(tests/realreq/fresh7.md), tests/realreq/fresh8.py (tests/realreq/fresh8.md),
tests/realreq/fresh9.py (tests/realreq/fresh9.md), tests/realreq/fresh10.py
(tests/realreq/fresh10.md), tests/realreq/fresh11.py (tests/realreq/fresh11.md),
tests/realreq/fresh12.py (tests/realreq/fresh12.md), tests/realreq/fresh13.py
(tests/realreq/fresh13.md), tests/realreq/fresh14.py (tests/realreq/fresh14.md),
tests/realreq/fresh15.py (tests/realreq/fresh15.md), tests/realreq/fresh16.py
(tests/realreq/fresh16.md), tests/realreq/fresh17.py (tests/realreq/fresh17.md),
tests/realreq/fresh18.py (tests/realreq/fresh18.md), tests/realreq/fresh19.py
(tests/realreq/fresh19.md), tests/realreq/fresh20.py (tests/realreq/fresh20.md),
tests/realreq/fresh21.py (tests/realreq/fresh21.md), tests/realreq/fresh22.py
(tests/realreq/fresh22.md), tests/realreq/fresh23.py (tests/realreq/fresh23.md),
tests/realreq/fresh24.py (tests/realreq/fresh24.md),
tests/realreq/fresh25.py (tests/realreq/fresh25.md),
tests/realreq/fresh26.py (tests/realreq/fresh26.md),
tests/realreq/fresh27.py (tests/realreq/fresh27.md),
tests/realreq/fresh28.py (tests/realreq/fresh28.md),
tests/realreq/fresh29.py (tests/realreq/fresh29.md),
tests/realreq/fresh30.py (tests/realreq/fresh30.md),
tests/realreq/fresh31.py (tests/realreq/fresh31.md),
tests/realreq/fresh32.py (tests/realreq/fresh32.md),
tests/realreq/fresh33.py (tests/realreq/fresh33.md),
tests/realreq/fresh34.py (tests/realreq/fresh34.md),
tests/realreq/fresh35.py (tests/realreq/fresh35.md),
tests/realreq/fresh36.py (tests/realreq/fresh36.md),
tests/realreq/fresh37.py (tests/realreq/fresh37.md),
tests/realreq/fresh38.py (tests/realreq/fresh38.md),
tests/realreq/fresh39.py (tests/realreq/fresh39.md),
tests/realreq/fresh40.py (tests/realreq/fresh40.md),
tests/realreq/fresh41.py (tests/realreq/fresh41.md),
tests/realreq/fresh42.py (tests/realreq/fresh42.md),
tests/realreq/fresh43.py (tests/realreq/fresh43.md),
tests/realreq/fresh44.py (tests/realreq/fresh44.md),
tests/realreq/fresh45.py (tests/realreq/fresh45.md),
tests/realreq/fresh47.py (tests/realreq/fresh47.md),
tests/realreq/fresh46.py (tests/realreq/fresh46.md),
tests/realreq/fresh48.py (tests/realreq/fresh48.md),
tests/realreq/fresh49.py (tests/realreq/fresh49.md),
tests/realreq/fresh50.py (tests/realreq/fresh50.md),
tests/realreq/fresh51.py (tests/realreq/fresh51.md),
tests/realreq/fresh52.py (tests/realreq/fresh52.md),
tests/realreq/fresh53.py (tests/realreq/fresh53.md),
tests/realreq/fresh54.py (tests/realreq/fresh54.md),
tests/realreq/fresh55.py (tests/realreq/fresh55.md),
tests/realreq/fresh56.py (tests/realreq/fresh56.md),
tests/realreq/fresh57.py (tests/realreq/fresh57.md),
tests/realreq/fresh58.py (tests/realreq/fresh58.md),
tests/realreq/fresh59.py (tests/realreq/fresh59.md),
tests/realreq/fresh60.py (tests/realreq/fresh60.md),
tests/realreq/fresh61.py (tests/realreq/fresh61.md),
tests/realreq/fresh62.py (tests/realreq/fresh62.md),
tests/realreq/fresh63.py (tests/realreq/fresh63.md),
tests/realreq/fresh64.py (tests/realreq/fresh64.md),
tests/realreq/fresh65.py (tests/realreq/fresh65.md),
tests/realreq/fresh66.py (tests/realreq/fresh66.md),
tests/realreq/fresh67.py (tests/realreq/fresh67.md),
tests/realreq/fresh68.py (tests/realreq/fresh68.md),
tests/realreq/fresh69.py (tests/realreq/fresh69.md),
tests/realreq/fresh70.py (tests/realreq/fresh70.md),
tests/realreq/fresh71.py (tests/realreq/fresh71.md),
tests/realreq/fresh72.py (tests/realreq/fresh72.md),
tests/realreq/fresh73.py (tests/realreq/fresh73.md),
tests/realreq/fresh74.py (tests/realreq/fresh74.md),
tests/realreq/fresh75.py (tests/realreq/fresh75.md),
tests/realreq/fresh76.py (tests/realreq/fresh76.md),
tests/realreq/fresh77.py (tests/realreq/fresh77.md),
tests/realreq/fresh78.py (tests/realreq/fresh78.md),
tests/realreq/fresh79.py (tests/realreq/fresh79.md),
tests/realreq/fresh80.py (tests/realreq/fresh80.md),
tests/realreq/fresh81.py (tests/realreq/fresh81.md),
tests/realreq/fresh82.py (tests/realreq/fresh82.md),
tests/realreq/fresh83.py (tests/realreq/fresh83.md),
tests/realreq/fresh84.py (tests/realreq/fresh84.md),
tests/realreq/fresh85.py (tests/realreq/fresh85.md),
tests/realreq/fresh87.py (tests/realreq/fresh87.md),
tests/realreq/fresh88.py (tests/realreq/fresh88.md),
tests/realreq/fresh86.py (tests/realreq/fresh86.md),
tests/realreq/fresh89.py (tests/realreq/fresh89.md),
tests/realreq/fresh90.py (tests/realreq/fresh90.md),
tests/realreq/fresh91.py (tests/realreq/fresh91.md),
tests/realreq/fresh92.py (tests/realreq/fresh92.md),
tests/realreq/fresh93.py (tests/realreq/fresh93.md),
tests/realreq/fresh94.py (tests/realreq/fresh94.md),
tests/realreq/fresh95.py (tests/realreq/fresh95.md),
tests/realreq/fresh96.py (tests/realreq/fresh96.md),
tests/realreq/fresh97.py (tests/realreq/fresh97.md),
tests/realreq/fresh98.py (tests/realreq/fresh98.md),
tests/realreq/fresh100.py (tests/realreq/fresh100.md),
tests/realreq/fresh101.py (tests/realreq/fresh101.md),
tests/realreq/fresh99.py (tests/realreq/fresh99.md),
tests/realreq/fresh102.py (tests/realreq/fresh102.md),
tests/realreq/fresh103.py (tests/realreq/fresh103.md),
tests/realreq/fresh104.py (tests/realreq/fresh104.md),
tests/realreq/fresh105.py (tests/realreq/fresh105.md),
tests/realreq/fresh106.py (tests/realreq/fresh106.md),
tests/realreq/fresh107.py (tests/realreq/fresh107.md),
tests/realreq/fresh108.py (tests/realreq/fresh108.md),
tests/realreq/fresh109.py (tests/realreq/fresh109.md),
tests/realreq/fresh110.py (tests/realreq/fresh110.md),
tests/realreq/fresh111.py (tests/realreq/fresh111.md),
tests/realreq/fresh112.py (tests/realreq/fresh112.md),
tests/realreq/fresh113.py (tests/realreq/fresh113.md),
tests/realreq/fresh114.py (tests/realreq/fresh114.md),
tests/realreq/fresh115.py (tests/realreq/fresh115.md),
tests/realreq/fresh116.py (tests/realreq/fresh116.md),
tests/realreq/fresh117.py (tests/realreq/fresh117.md),
tests/realreq/fresh118.py (tests/realreq/fresh118.md),
tests/realreq/fresh119.py (tests/realreq/fresh119.md),
tests/realreq/fresh120.py (tests/realreq/fresh120.md),
tests/realreq/fresh121.py (tests/realreq/fresh121.md),
tests/realreq/fresh122.py (tests/realreq/fresh122.md),
tests/realreq/fresh123.py (tests/realreq/fresh123.md),
tests/realreq/fresh124.py (tests/realreq/fresh124.md),
tests/realreq/fresh125.py (tests/realreq/fresh125.md),
tests/realreq/fresh126.py (tests/realreq/fresh126.md),
tests/realreq/fresh127.py (tests/realreq/fresh127.md),
tests/realreq/fresh128.py (tests/realreq/fresh128.md),
tests/realreq/fresh129.py (tests/realreq/fresh129.md),
tests/realreq/fresh130.py (tests/realreq/fresh130.md),
tests/realreq/fresh131.py (tests/realreq/fresh131.md),
tests/realreq/fresh132.py (tests/realreq/fresh132.md),
tests/realreq/fresh133.py (tests/realreq/fresh133.md),
tests/realreq/fresh134.py (tests/realreq/fresh134.md),
tests/realreq/fresh135.py (tests/realreq/fresh135.md),
tests/realreq/fresh136.py (tests/realreq/fresh136.md),
tests/realreq/fresh137.py (tests/realreq/fresh137.md),
tests/realreq/fresh138.py (tests/realreq/fresh138.md),
tests/realreq/fresh139.py (tests/realreq/fresh139.md),
tests/realreq/fresh140.py (tests/realreq/fresh140.md),
tests/realreq/fresh141.py (tests/realreq/fresh141.md),
tests/realreq/fresh142.py (tests/realreq/fresh142.md),
tests/realreq/fresh143.py (tests/realreq/fresh143.md),
tests/realreq/fresh144.py (tests/realreq/fresh144.md),
tests/realreq/fresh145.py (tests/realreq/fresh145.md),
tests/realreq/fresh146.py (tests/realreq/fresh146.md),
tests/realreq/fresh147.py (tests/realreq/fresh147.md),
tests/realreq/fresh148.py (tests/realreq/fresh148.md),
tests/realreq/fresh149.py (tests/realreq/fresh149.md),
tests/realreq/fresh150.py (tests/realreq/fresh150.md),
tests/realreq/fresh151.py (tests/realreq/fresh151.md),
tests/realreq/fresh152.py (tests/realreq/fresh152.md),
tests/realreq/fresh153.py (tests/realreq/fresh153.md),
tests/realreq/fresh154.py (tests/realreq/fresh154.md),
tests/realreq/fresh155.py (tests/realreq/fresh155.md),
tests/realreq/fresh156.py (tests/realreq/fresh156.md),
tests/realreq/fresh157.py (tests/realreq/fresh157.md),
tests/realreq/fresh158.py (tests/realreq/fresh158.md),
tests/realreq/fresh159.py (tests/realreq/fresh159.md),
tests/realreq/fresh160.py (tests/realreq/fresh160.md),
tests/realreq/fresh161.py (tests/realreq/fresh161.md),
tests/realreq/fresh162.py (tests/realreq/fresh162.md),
tests/realreq/fresh163.py (tests/realreq/fresh163.md),
tests/realreq/fresh164.py (tests/realreq/fresh164.md),
tests/realreq/fresh165.py (tests/realreq/fresh165.md),
tests/realreq/fresh166.py (tests/realreq/fresh166.md),
tests/realreq/fresh167.py (tests/realreq/fresh167.md),
tests/realreq/fresh168.py (tests/realreq/fresh168.md),
tests/realreq/fresh169.py (tests/realreq/fresh169.md),
tests/realreq/fresh170.py (tests/realreq/fresh170.md),
tests/realreq/fresh171.py (tests/realreq/fresh171.md),
tests/realreq/fresh172.py (tests/realreq/fresh172.md),
tests/realreq/fresh173.py (tests/realreq/fresh173.md),
tests/realreq/fresh174.py (tests/realreq/fresh174.md),
tests/realreq/fresh175.py (tests/realreq/fresh175.md),
tests/realreq/fresh176.py (tests/realreq/fresh176.md),
tests/realreq/fresh177.py (tests/realreq/fresh177.md),
tests/realreq/fresh178.py (tests/realreq/fresh178.md),
tests/realreq/fresh179.py (tests/realreq/fresh179.md),
tests/realreq/fresh180.py (tests/realreq/fresh180.md),
tests/realreq/fresh181.py (tests/realreq/fresh181.md),
tests/realreq/fresh182.py (tests/realreq/fresh182.md),
tests/realreq/fresh183.py (tests/realreq/fresh183.md),
tests/realreq/fresh184.py (tests/realreq/fresh184.md),
tests/realreq/fresh185.py (tests/realreq/fresh185.md),
tests/realreq/fresh186.py (tests/realreq/fresh186.md),
tests/realreq/fresh187.py (tests/realreq/fresh187.md),
tests/realreq/fresh188.py (tests/realreq/fresh188.md),
tests/realreq/fresh189.py (tests/realreq/fresh189.md),
tests/realreq/fresh190.py (tests/realreq/fresh190.md),
tests/realreq/fresh191.py (tests/realreq/fresh191.md),
tests/realreq/fresh192.py (tests/realreq/fresh192.md),
tests/realreq/fresh193.py (tests/realreq/fresh193.md),
tests/realreq/fresh194.py (tests/realreq/fresh194.md),
tests/realreq/fresh195.py (tests/realreq/fresh195.md),
tests/realreq/fresh196.py (tests/realreq/fresh196.md),
tests/realreq/fresh197.py (tests/realreq/fresh197.md),
tests/realreq/fresh198.py (tests/realreq/fresh198.md),
tests/realreq/fresh199.py (tests/realreq/fresh199.md),
tests/realreq/fresh200.py (tests/realreq/fresh200.md),
tests/realreq/fresh201.py (tests/realreq/fresh201.md),
tests/realreq/fresh202.py (tests/realreq/fresh202.md),
tests/realreq/fresh203.py (tests/realreq/fresh203.md),
tests/realreq/fresh204.py (tests/realreq/fresh204.md),
tests/realreq/fresh205.py (tests/realreq/fresh205.md),
tests/realreq/fresh206.py (tests/realreq/fresh206.md),
tests/realreq/fresh207.py (tests/realreq/fresh207.md),
tests/realreq/fresh208.py (tests/realreq/fresh208.md),
tests/realreq/fresh209.py (tests/realreq/fresh209.md),
tests/realreq/fresh210.py (tests/realreq/fresh210.md),
tests/realreq/fresh211.py (tests/realreq/fresh211.md),
tests/realreq/fresh212.py (tests/realreq/fresh212.md),
tests/realreq/fresh213.py (tests/realreq/fresh213.md),
tests/realreq/fresh214.py (tests/realreq/fresh214.md),
tests/realreq/fresh215.py (tests/realreq/fresh215.md),
tests/realreq/fresh216.py (tests/realreq/fresh216.md),
tests/realreq/fresh217.py (tests/realreq/fresh217.md),
tests/realreq/fresh218.py (tests/realreq/fresh218.md),
tests/realreq/fresh219.py (tests/realreq/fresh219.md),
tests/realreq/fresh220.py (tests/realreq/fresh220.md),
tests/realreq/fresh221.py (tests/realreq/fresh221.md),
tests/realreq/fresh222.py (tests/realreq/fresh222.md),
tests/realreq/fresh223.py (tests/realreq/fresh223.md),
tests/realreq/fresh224.py (tests/realreq/fresh224.md),
tests/realreq/fresh225.py (tests/realreq/fresh225.md),
tests/realreq/fresh226.py (tests/realreq/fresh226.md),
tests/realreq/fresh227.py (tests/realreq/fresh227.md),
tests/realreq/fresh228.py (tests/realreq/fresh228.md),
tests/realreq/fresh229.py (tests/realreq/fresh229.md),
tests/realreq/fresh230.py (tests/realreq/fresh230.md),
tests/realreq/fresh231.py (tests/realreq/fresh231.md),
tests/realreq/fresh232.py (tests/realreq/fresh232.md),
tests/realreq/fresh233.py (tests/realreq/fresh233.md),
tests/realreq/fresh234.py (tests/realreq/fresh234.md),
tests/realreq/fresh235.py (tests/realreq/fresh235.md),
tests/realreq/fresh236.py (tests/realreq/fresh236.md),
tests/realreq/fresh237.py (tests/realreq/fresh237.md),
tests/realreq/fresh238.py (tests/realreq/fresh238.md),
tests/realreq/fresh239.py (tests/realreq/fresh239.md),
tests/realreq/fresh240.py (tests/realreq/fresh240.md),
tests/realreq/fresh241.py (tests/realreq/fresh241.md),
tests/realreq/fresh242.py (tests/realreq/fresh242.md),
tests/realreq/fresh243.py (tests/realreq/fresh243.md),
tests/realreq/fresh244.py (tests/realreq/fresh244.md),
tests/realreq/fresh245.py (tests/realreq/fresh245.md),
tests/realreq/fresh246.py (tests/realreq/fresh246.md),
tests/realreq/fresh247.py (tests/realreq/fresh247.md),
tests/realreq/fresh248.py (tests/realreq/fresh248.md),
tests/realreq/fresh249.py (tests/realreq/fresh249.md),
tests/realreq/fresh250.py (tests/realreq/fresh250.md),
tests/realreq/fresh251.py (tests/realreq/fresh251.md),
tests/realreq/fresh252.py (tests/realreq/fresh252.md),
tests/realreq/fresh253.py (tests/realreq/fresh253.md),
tests/realreq/fresh254.py (tests/realreq/fresh254.md),
tests/realreq/fresh255.py (tests/realreq/fresh255.md),
tests/realreq/fresh256.py (tests/realreq/fresh256.md),
tests/realreq/fresh257.py (tests/realreq/fresh257.md),
tests/realreq/fresh258.py (tests/realreq/fresh258.md),
tests/realreq/fresh259.py (tests/realreq/fresh259.md),
tests/realreq/fresh260.py (tests/realreq/fresh260.md),
tests/realreq/fresh261.py (tests/realreq/fresh261.md),
tests/realreq/fresh262.py (tests/realreq/fresh262.md),
tests/realreq/fresh263.py (tests/realreq/fresh263.md),
tests/realreq/fresh264.py (tests/realreq/fresh264.md),
tests/realreq/fresh265.py (tests/realreq/fresh265.md),
tests/realreq/fresh266.py (tests/realreq/fresh266.md),
tests/realreq/fresh267.py (tests/realreq/fresh267.md),
tests/realreq/fresh268.py (tests/realreq/fresh268.md),
tests/realreq/fresh269.py (tests/realreq/fresh269.md),
tests/realreq/fresh270.py (tests/realreq/fresh270.md),
tests/realreq/fresh271.py (tests/realreq/fresh271.md),
tests/realreq/fresh272.py (tests/realreq/fresh272.md),
tests/realreq/fresh273.py (tests/realreq/fresh273.md),
tests/realreq/fresh274.py (tests/realreq/fresh274.md),
tests/realreq/fresh275.py (tests/realreq/fresh275.md),
tests/realreq/fresh276.py (tests/realreq/fresh276.md),
tests/realreq/fresh277.py (tests/realreq/fresh277.md),
tests/realreq/fresh278.py (tests/realreq/fresh278.md),
tests/realreq/fresh279.py (tests/realreq/fresh279.md),
tests/realreq/fresh280.py (tests/realreq/fresh280.md),
tests/realreq/fresh281.py (tests/realreq/fresh281.md),
tests/realreq/fresh282.py (tests/realreq/fresh282.md),
tests/realreq/fresh283.py (tests/realreq/fresh283.md),
tests/realreq/fresh284.py (tests/realreq/fresh284.md),
tests/realreq/fresh285.py (tests/realreq/fresh285.md),
tests/realreq/fresh286.py (tests/realreq/fresh286.md),
tests/realreq/fresh287.py (tests/realreq/fresh287.md),
tests/realreq/fresh288.py (tests/realreq/fresh288.md),
tests/realreq/fresh289.py (tests/realreq/fresh289.md),
tests/realreq/fresh290.py (tests/realreq/fresh290.md),
tests/realreq/fresh291.py (tests/realreq/fresh291.md),
tests/realreq/fresh292.py (tests/realreq/fresh292.md),
tests/realreq/fresh293.py (tests/realreq/fresh293.md),
tests/realreq/fresh294.py (tests/realreq/fresh294.md),
tests/realreq/fresh295.py (tests/realreq/fresh295.md),
tests/realreq/fresh296.py (tests/realreq/fresh296.md),
tests/realreq/fresh297.py (tests/realreq/fresh297.md),
tests/realreq/fresh298.py (tests/realreq/fresh298.md),
tests/realreq/fresh299.py (tests/realreq/fresh299.md),
tests/realreq/fresh300.py (tests/realreq/fresh300.md),
tests/realreq/fresh301.py (tests/realreq/fresh301.md),
tests/realreq/fresh302.py (tests/realreq/fresh302.md),
tests/realreq/fresh303.py (tests/realreq/fresh303.md),
tests/realreq/fresh304.py (tests/realreq/fresh304.md),
tests/realreq/fresh305.py (tests/realreq/fresh305.md),
tests/realreq/fresh306.py (tests/realreq/fresh306.md),
tests/realreq/fresh307.py (tests/realreq/fresh307.md),
tests/realreq/fresh308.py (tests/realreq/fresh308.md),
tests/realreq/fresh309.py (tests/realreq/fresh309.md),
tests/realreq/fresh310.py (tests/realreq/fresh310.md),
tests/realreq/fresh311.py (tests/realreq/fresh311.md),
tests/realreq/fresh312.py (tests/realreq/fresh312.md),
tests/realreq/fresh313.py (tests/realreq/fresh313.md),
tests/realreq/fresh314.py (tests/realreq/fresh314.md),
tests/realreq/fresh315.py (tests/realreq/fresh315.md),
tests/realreq/fresh316.py (tests/realreq/fresh316.md),
tests/realreq/fresh317.py (tests/realreq/fresh317.md),
tests/realreq/fresh318.py (tests/realreq/fresh318.md),
tests/realreq/fresh319.py (tests/realreq/fresh319.md),
tests/realreq/fresh320.py (tests/realreq/fresh320.md),
tests/realreq/fresh321.py (tests/realreq/fresh321.md),
tests/realreq/fresh322.py (tests/realreq/fresh322.md),
tests/realreq/fresh323.py (tests/realreq/fresh323.md),
tests/realreq/fresh324.py (tests/realreq/fresh324.md),
tests/realreq/fresh325.py (tests/realreq/fresh325.md),
tests/realreq/fresh326.py (tests/realreq/fresh326.md),
tests/realreq/fresh327.py (tests/realreq/fresh327.md),
tests/realreq/fresh328.py (tests/realreq/fresh328.md),
tests/realreq/fresh329.py (tests/realreq/fresh329.md),
tests/realreq/fresh330.py (tests/realreq/fresh330.md),
tests/realreq/fresh331.py (tests/realreq/fresh331.md),
tests/realreq/fresh332.py (tests/realreq/fresh332.md),
tests/realreq/fresh333.py (tests/realreq/fresh333.md),
tests/realreq/fresh334.py (tests/realreq/fresh334.md),
tests/realreq/fresh335.py (tests/realreq/fresh335.md),
tests/realreq/fresh336.py (tests/realreq/fresh336.md),
tests/realreq/fresh337.py (tests/realreq/fresh337.md),
tests/realreq/fresh338.py (tests/realreq/fresh338.md),
tests/realreq/fresh339.py (tests/realreq/fresh339.md),
tests/realreq/fresh340.py (tests/realreq/fresh340.md),
tests/realreq/fresh341.py (tests/realreq/fresh341.md),
tests/realreq/fresh342.py (tests/realreq/fresh342.md),
tests/realreq/fresh343.py (tests/realreq/fresh343.md),
tests/realreq/fresh344.py (tests/realreq/fresh344.md),
tests/realreq/fresh345.py (tests/realreq/fresh345.md),
tests/realreq/fresh346.py (tests/realreq/fresh346.md),
tests/realreq/fresh347.py (tests/realreq/fresh347.md),
tests/realreq/fresh348.py (tests/realreq/fresh348.md),
tests/realreq/fresh349.py (tests/realreq/fresh349.md),
tests/realreq/fresh350.py (tests/realreq/fresh350.md),
tests/realreq/fresh351.py (tests/realreq/fresh351.md),
tests/realreq/fresh352.py (tests/realreq/fresh352.md),
tests/realreq/fresh353.py (tests/realreq/fresh353.md),
tests/realreq/fresh354.py (tests/realreq/fresh354.md),
tests/realreq/fresh355.py (tests/realreq/fresh355.md),
tests/realreq/fresh356.py (tests/realreq/fresh356.md),
tests/realreq/fresh357.py (tests/realreq/fresh357.md),
tests/realreq/fresh358.py (tests/realreq/fresh358.md),
tests/realreq/fresh359.py (tests/realreq/fresh359.md),
tests/realreq/fresh360.py (tests/realreq/fresh360.md),
tests/realreq/fresh361.py (tests/realreq/fresh361.md),
tests/realreq/fresh362.py (tests/realreq/fresh362.md),
tests/realreq/fresh363.py (tests/realreq/fresh363.md),
tests/realreq/fresh364.py (tests/realreq/fresh364.md),
tests/realreq/fresh365.py (tests/realreq/fresh365.md),
tests/realreq/fresh366.py (tests/realreq/fresh366.md),
tests/realreq/fresh367.py (tests/realreq/fresh367.md),
tests/realreq/fresh368.py (tests/realreq/fresh368.md),
tests/realreq/fresh369.py (tests/realreq/fresh369.md),
tests/realreq/fresh370.py (tests/realreq/fresh370.md),
tests/realreq/fresh371.py (tests/realreq/fresh371.md),
tests/realreq/fresh372.py (tests/realreq/fresh372.md),
tests/realreq/fresh373.py (tests/realreq/fresh373.md),
tests/realreq/fresh374.py (tests/realreq/fresh374.md),
tests/realreq/fresh375.py (tests/realreq/fresh375.md),
tests/realreq/fresh376.py (tests/realreq/fresh376.md),
tests/realreq/fresh377.py (tests/realreq/fresh377.md),
tests/realreq/fresh378.py (tests/realreq/fresh378.md),
tests/realreq/fresh379.py (tests/realreq/fresh379.md),
tests/realreq/fresh380.py (tests/realreq/fresh380.md),
tests/realreq/fresh381.py (tests/realreq/fresh381.md),
tests/realreq/fresh382.py (tests/realreq/fresh382.md),
tests/realreq/fresh383.py (tests/realreq/fresh383.md),
tests/realreq/fresh384.py (tests/realreq/fresh384.md),
tests/realreq/fresh385.py (tests/realreq/fresh385.md),
tests/realreq/fresh386.py (tests/realreq/fresh386.md),
tests/realreq/fresh387.py (tests/realreq/fresh387.md),
tests/realreq/fresh388.py (tests/realreq/fresh388.md),
tests/realreq/fresh389.py (tests/realreq/fresh389.md),
tests/realreq/fresh390.py (tests/realreq/fresh390.md),
tests/realreq/fresh391.py (tests/realreq/fresh391.md),
tests/realreq/fresh392.py (tests/realreq/fresh392.md),
tests/realreq/fresh393.py (tests/realreq/fresh393.md),
tests/realreq/fresh394.py (tests/realreq/fresh394.md),
tests/realreq/fresh395.py (tests/realreq/fresh395.md),
tests/realreq/fresh396.py (tests/realreq/fresh396.md),
tests/realreq/fresh397.py (tests/realreq/fresh397.md), each
collected after the planner was written and measured before it was worked on with them, to see
what it generalizes to (each set's header and the closing notes give the figure at
collection); --set picks one, dev by default."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# tests/realreq is a package of the test tree, not of promptcut: import it from there, and
# promptcut from this checkout's src/ (the code as it is now, installed or not).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from realreq.score import SET_NAMES, Verdict, cases_of, run, totals, validate

SETS = (*SET_NAMES, "all")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def _line(v: Verdict, width: int = 11) -> str:
    mark = v.result
    if v.case.expect == "ask" and v.result == "RIGHT":
        mark = "ASKED" if v.asked else "RIGHT"
    text = v.shown.replace("\n", " ")
    if not v.planned:
        text = f"refused: {text[:100]}"
    line = f"{v.case.id:<{width}} {mark:<8} {text}"
    if v.reason and v.result != "RIGHT":
        line += f"\n{'':<{width + 9}}-> {v.reason}"
    return line


def _summary(counts: dict[str, dict[str, int]]) -> list[str]:
    d, u, r = counts["doable"], counts["underspecified"], counts["refuse"]
    lines = [
        f"DOABLE with ops ({d['total']}): right {d['right']} ({_pct(d['right'], d['total'])}), "
        f"refused {d['refused']}, wrong {d['wrong']}",
        f"UNDERSPECIFIED ({u['total']}): refused {u['refused']} (asked for what is missing "
        f"{u['asked']}, refused without asking {u['refused'] - u['asked']}), wrong {u['wrong']}",
        f"OUT-OF-SCOPE + no-op ({r['total']}): refused {r['refused']}, wrong {r['wrong']}",
    ]
    errors = d["error"] + u["error"] + r["error"]
    if errors:
        lines.append(f"ERRORS (the planner crashed): {errors}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--set",
        choices=SETS,
        default="dev",
        dest="which",
        help="which cases: the development set (default), the corpus, the held-out fresh set, the "
        "second to three-hundred-and-ninety-seventh held-out sets (fresh2, fresh3, fresh4, "
        "fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, "
        "fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, "
        "fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, "
        "fresh33, fresh34, fresh35, fresh36, fresh37, fresh38, fresh39, fresh40, fresh41, "
        "fresh42, fresh43, fresh44, fresh45, fresh47, fresh46, fresh48, fresh49, fresh50, fresh51, "
        "fresh52, fresh53, fresh54, fresh55, fresh56, fresh57, fresh58, fresh59, fresh60, "
        "fresh61, fresh62, fresh63, fresh64, fresh65, fresh66, fresh67, fresh68, fresh69, fresh70, "
        "fresh71, fresh72, fresh73, fresh74, fresh75, fresh76, fresh77, fresh78, fresh79, fresh80, "
        "fresh81, fresh82, fresh83, fresh84, fresh85, fresh87, fresh88, fresh86, fresh89, fresh90, "
        "fresh91, fresh92, fresh93, fresh94, fresh95, fresh96, fresh97, fresh98, fresh100, "
        "fresh101, fresh99, fresh102, fresh103, fresh104, fresh105, fresh106, fresh107, fresh108, "
        "fresh109, fresh110, fresh111, fresh112, fresh113, fresh114, fresh115, fresh116, "
        "fresh117, fresh118, fresh119, fresh120, fresh121, fresh122, fresh123, fresh124, "
        "fresh125, fresh126, fresh127, fresh128, fresh129, fresh130, fresh131, fresh132, "
        "fresh133, fresh134, fresh135, fresh136, fresh137, fresh138, fresh139, fresh140, "
        "fresh141, fresh142, fresh143, fresh144, fresh145, fresh146, fresh147, fresh148, "
        "fresh149, fresh150, fresh151, fresh152, fresh153, "
        "fresh154, fresh155, fresh156, fresh157, fresh158, fresh159, fresh160, fresh161, "
        "fresh162, fresh163, fresh164, fresh165, fresh166, fresh167, fresh168, fresh169, "
        "fresh170, fresh171, fresh172, fresh173, fresh174, fresh175, fresh176, fresh177, "
        "fresh178, fresh179, fresh180, fresh181, fresh182, fresh183, fresh184, fresh185, "
        "fresh186, fresh187, fresh188, fresh189, fresh190, fresh191, fresh192, fresh193, "
        "fresh194, fresh195, fresh196, fresh197, fresh198, fresh199, fresh200, fresh201, "
        "fresh202, fresh203, fresh204, fresh205, fresh206, fresh207, fresh208, fresh209, "
        "fresh210, fresh211, fresh212, fresh213, fresh214, fresh215, fresh216, fresh217, "
        "fresh218, fresh219, fresh220, fresh221, fresh222, fresh223, fresh224, fresh225, "
        "fresh226, fresh227, fresh228, fresh229, fresh230, fresh231, fresh232, fresh233, "
        "fresh234, fresh235, fresh236, fresh237, fresh238, fresh239, fresh240, fresh241, "
        "fresh242, fresh243, fresh244, fresh245, fresh246, fresh247, fresh248, fresh249, "
        "fresh250, fresh251, fresh252, fresh253, fresh254, fresh255, fresh256, fresh257, "
        "fresh258, fresh259, fresh260, fresh261, fresh262, fresh263, fresh264, fresh265, "
        "fresh266, fresh267, fresh268, fresh269, fresh270, fresh271, fresh272, fresh273, "
        "fresh274, fresh275, fresh276, fresh277, fresh278, fresh279, fresh280, fresh281, "
        "fresh282, fresh283, fresh284, fresh285, fresh286, fresh287, fresh288, fresh289, "
        "fresh290, fresh291, fresh292, fresh293, fresh294, fresh295, fresh296, fresh297, "
        "fresh298, fresh299, fresh300, fresh301, fresh302, fresh303, fresh304, fresh305, "
        "fresh306, fresh307, fresh308, fresh309, fresh310, fresh311, fresh312, fresh313, "
        "fresh314, fresh315, fresh316, fresh317, fresh318, fresh319, fresh320, fresh321, "
        "fresh322, fresh323, fresh324, fresh325, fresh326, fresh327, fresh328, fresh329, "
        "fresh330, fresh331, fresh332, fresh333, fresh334, fresh335, fresh336, fresh337, "
        "fresh338, fresh339, fresh340, fresh341, fresh342, fresh343, fresh344, fresh345, "
        "fresh346, fresh347, fresh348, fresh349, fresh350, fresh351, fresh352, fresh353, "
        "fresh354, fresh355, fresh356, fresh357, fresh358, fresh359, fresh360, fresh361, "
        "fresh362, fresh363, fresh364, fresh365, fresh366, fresh367, fresh368, fresh369, "
        "fresh370, fresh371, fresh372, fresh373, fresh374, fresh375, fresh376, fresh377, "
        "fresh378, fresh379, fresh380, fresh381, fresh382, fresh383, fresh384, fresh385, "
        "fresh386, fresh387, fresh388, fresh389, fresh390, fresh391, fresh392, fresh393, "
        "fresh394, fresh395, fresh396, fresh397), "
        "or all of them",
    )
    parser.add_argument("--only", help="comma-separated case ids")
    parser.add_argument("--wrong", action="store_true", help="show only the WRONG rows")
    parser.add_argument("--json", action="store_true", help="print the verdicts as JSON")
    args = parser.parse_args(argv)

    # Every set is checked, whichever is scored: a mistake in one is found at once.
    problems = validate()
    if problems:
        print("the cases themselves are wrong:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    cases = list(cases_of(args.which))
    if args.only:
        wanted = [x.strip() for x in args.only.split(",") if x.strip()]
        unknown = sorted(set(wanted) - {c.id for c in cases})
        if unknown:
            parser.error(f"unknown ids: {', '.join(unknown)}")
        cases = [c for c in cases if c.id in wanted]
    verdicts = run(cases)
    counts = totals(verdicts)
    shown = [v for v in verdicts if v.result == "WRONG"] if args.wrong else verdicts

    if args.json:
        out = {"set": args.which, "verdicts": [v.as_dict() for v in shown], "totals": counts}
        print(json.dumps(out, indent=2))
        return 0
    width = max((len(v.case.id) for v in shown), default=11)
    for v in shown:
        print(_line(v, width))
    if args.wrong and not shown:
        print("no WRONG rows")
    print()
    for line in _summary(counts):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
