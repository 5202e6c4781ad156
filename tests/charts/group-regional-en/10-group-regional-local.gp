# veedor: fnv1a64 79641b842f175ff8
# 10-group-regional-local.gp: 'Specific budget of a group and its largest members, by year'
# Written by veedor. Edit it freely, then run `gnuplot 10-group-regional-local.gp` in this folder to redraw
# 10-group-regional-local.png and 10-group-regional-local.svg from 10-group-regional-local.dat.
reset
set encoding utf8
set datafile separator "\t"
set datafile missing "?"
set label 999 'Specific budget of a group and its largest members, by year' at screen 0.5, screen 0.955 center font ',15' noenhanced
set label 1000 'Regional and local governments' at screen 0.5, screen 0.912 center font ',11' noenhanced
set key at screen 0.5, screen 0.885 center top horizontal noenhanced samplen 2 spacing 1.1
set tmargin at screen 0.80
set border 3
set tics nomirror
set grid ytics lc rgb '#dddddd'
set bmargin 9
set label 1001 'Source: IV Alternative Report: Civil society assessment on the situation of…; General Budget of the Republic 2013-2017 and population 2013-2016…; made with veedor' at screen 0.01, screen 0.02 left font ',9' noenhanced
set style fill solid 1.0 border lc rgb '#333333'
set boxwidth 0.36 absolute
set xtics ('2015' 2015, '2016*' 2016)
set xrange [2014.4:2016.6]
set yrange [0:1000000]
set ytics ('S/ 0' 0, 'S/ 200,000' 200000, 'S/ 400,000' 400000, 'S/ 600,000' 600000, 'S/ 800,000' 800000, 'S/ 1,000,000' 1000000)
set ylabel 'Soles (S/)'
set label 1002 '* execution counted only to 2016-06-30' at screen 0.01, screen 0.05 left font ',9' noenhanced
set label 1004 '1 more members in the data file' at screen 0.99, screen 0.05 right font ',9' noenhanced
set terminal pngcairo noenhanced size 2200,1300 font 'DejaVu Sans,10' fontscale 2 linewidth 2 pointscale 2 background '#ffffff'
set output '10-group-regional-local.png'
plot '10-group-regional-local.dat' index 0 using ($1-0.2):2 with boxes lc rgb '#1f3d7a' fs solid 1.0 title 'Allocated, group total', '' index 0 using ($1+0.2):($4 == 0 ? $3 : 1/0) with boxes lc rgb '#c4561d' fs solid 1.0 title 'Executed, group total', '' index 0 using ($1+0.2):($4 == 1 ? $3 : 1/0) with boxes lc rgb '#9a9a9a' fs solid 1.0 title 'Executed, year counted part way (*)', '' index 0 using ($1-0.2):($2):5 with labels center offset 0,0.7 font ',8' tc rgb '#333333' notitle, '' index 0 using ($1+0.2):($3):6 with labels center offset 0,0.7 font ',8' tc rgb '#333333' notitle, '' index 1 using 1:2 with linespoints lw 1.5 dt 2 pt 7 ps 0.8 lc rgb '#8c510a' title 'District Municipality of…', '' index 1 using 1:3 with linespoints lw 1.5 dt 2 pt 7 ps 0.8 lc rgb '#c51b7d' title 'District Municipality of…', '' index 1 using 1:4 with linespoints lw 1.5 dt 2 pt 7 ps 0.8 lc rgb '#7f7f00' title 'Regional Government of…', '' index 1 using 1:5 with linespoints lw 1.5 dt 2 pt 7 ps 0.8 lc rgb '#17becf' title 'Provincial Municipality…', '' index 1 using 1:6 with linespoints lw 1.5 dt 2 pt 7 ps 0.8 lc rgb '#b8860b' title 'Regional Government of…', '' index 1 using 1:7 with linespoints lw 1.5 dt 2 pt 7 ps 0.8 lc rgb '#5f6f7f' title 'Regional Government of…'
set terminal svg noenhanced size 1100,650 font 'DejaVu Sans,10' background '#ffffff'
set output '10-group-regional-local.svg'
replot
unset output
